// `npm start`: serves the built atlas (dist/) with its security headers on PORT (default 5173),
// says where, and when the port is taken says how to choose another.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is geen geldige poort (1–65535). Voorbeeld: PORT=8080 npm start`);
  process.exit(1);
}
try {
  const server = await preview({
    preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
    logLevel: 'warn',
  });
  const urls = server.resolvedUrls?.local ?? [`http://localhost:${port}/`];
  console.log(`Wijkatlas draait op ${urls.join(' en ')} (stoppen: Ctrl+C).`);
} catch (error) {
  const text = error instanceof Error ? error.message : String(error);
  if (/in use|EADDRINUSE/i.test(text)) {
    console.error(
      `Poort ${port} is al in gebruik. Kies een andere, bijvoorbeeld: PORT=${port === 8080 ? 8081 : 8080} npm start`,
    );
  } else {
    console.error(`De atlas kon niet starten: ${text}`);
  }
  process.exit(1);
}
