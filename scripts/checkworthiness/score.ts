// Scores a TSV of sentences with the service's model and threshold.
//   npm run -s score:checkworthiness -- <file.tsv>
// Input lines: Sentence_id<TAB>Text[<TAB>label] (a header line is skipped,
// CSV-quoted text is unquoted). Output, and nothing else on stdout:
// Sentence_id<TAB>score<TAB>Yes|No
import { readFileSync } from 'node:fs';
import { CHECKWORTHINESS_THRESHOLD, scoreCheckworthiness } from '@app/extraction';
import { parseSentenceTsv } from './tsv';

function main(argv: string[]): number {
  const path = argv[0];
  if (argv.length !== 1 || path === undefined) {
    console.error('usage: npm run -s score:checkworthiness -- <file.tsv>');
    return 2;
  }
  const lines = parseSentenceTsv(readFileSync(path, 'utf8')).map((s) => {
    const score = scoreCheckworthiness(s.text);
    return `${s.id}\t${score.toFixed(6)}\t${score >= CHECKWORTHINESS_THRESHOLD ? 'Yes' : 'No'}`;
  });
  process.stdout.write(lines.length > 0 ? lines.join('\n') + '\n' : '');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
