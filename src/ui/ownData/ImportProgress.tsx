// The import worker's progress: a bar with the share done while the file is read and parsed, a
// moving bar while its columns are detected and joined.
import type { WorkProgress, WorkStage } from './tableWork';

const STAGE_TEXT: Record<WorkStage, string> = {
  lezen: 'Bestand lezen',
  ontleden: 'Regels lezen',
  herkennen: 'Kolommen herkennen',
  koppelen: 'Koppelen aan de gebieden',
};

export function ImportProgress({ progress }: { progress: WorkProgress }) {
  const percent = progress.share === null ? null : Math.round(progress.share * 100);
  return (
    <p className="import-progress" role="status">
      <label>
        {STAGE_TEXT[progress.stage]}…{percent === null ? '' : ` ${percent} %`}
        <progress max={100} value={percent ?? undefined} />
      </label>
    </p>
  );
}
