// The user's guide: linked from the README, and every screenshot it shows exists and is one the
// screenshot script makes.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('docs/handleiding.md', 'utf8');

describe('docs/handleiding.md', () => {
  it('is linked from the README', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/handleiding.md)');
  });
  it('shows only screenshots that exist and that scripts/screenshots.ts makes', () => {
    const images = [...guide.matchAll(/!\[[^\]]*\]\((img\/[^)]+)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(5);
    const script = readFileSync('scripts/screenshots.ts', 'utf8');
    for (const image of images) {
      expect(existsSync(`docs/${image}`), image).toBe(true);
      expect(script, image).toContain(`'${image.replace('img/', '')}'`);
    }
  });
});
