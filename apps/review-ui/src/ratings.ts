/** Best to worst, as the schema orders them; the position is the rating's shortcut key (1–7). */
export const RATINGS = [
  { value: 'TRUE', label: 'True', tone: 'good' },
  { value: 'MOSTLY_TRUE', label: 'Mostly true', tone: 'good' },
  { value: 'HALF_TRUE', label: 'Half true', tone: 'mid' },
  { value: 'MISLEADING', label: 'Misleading', tone: 'mid' },
  { value: 'MOSTLY_FALSE', label: 'Mostly false', tone: 'bad' },
  { value: 'FALSE', label: 'False', tone: 'bad' },
  { value: 'UNVERIFIABLE', label: 'Unverifiable', tone: 'none' },
] as const;

export type Rating = (typeof RATINGS)[number]['value'];

export const ratingLabel = (r: string | null | undefined): string => RATINGS.find((x) => x.value === r)?.label ?? '—';
export const ratingTone = (r: string | null | undefined): string => RATINGS.find((x) => x.value === r)?.tone ?? 'none';

export const STATUSES = ['EXTRACTED', 'QUEUED', 'IN_REVIEW', 'REVIEWED', 'DISPUTED', 'PUBLISHED', 'DISMISSED'] as const;
export const statusLabel = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase().replace('_', ' ');

export const CLAIM_TYPES: Record<string, string> = {
  QUANTITY: 'Quantity',
  PREDICTION: 'Prediction',
  CORRELATION_CAUSATION: 'Correlation or causation',
  LAWS_RULES: 'Laws and rules',
  PERSONAL_EXPERIENCE: 'Personal experience',
  OTHER: 'Other',
};
