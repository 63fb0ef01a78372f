import { aSource, Q, userWithRole, type TestUser } from '../../support/factories';
import type { GqlResponse } from '../../support/gql-client';
import type { Stack } from '../../support/stack';

export interface Taken {
  id: string;
  claim: { id: string };
}

export async function reviewers(stack: Stack, n: number): Promise<TestUser[]> {
  const out: TestUser[] = [];
  // A few at a time: each one is an admin login, a createUser and a login.
  for (let i = 0; i < n; i += 10) out.push(...(await Promise.all(Array.from({ length: Math.min(10, n - i) }, () => userWithRole(stack, 'REVIEWER')))));
  return out;
}

export async function take(r: TestUser): Promise<Taken | null> {
  const res = await r.client.ok<{ takeNextClaim: Taken | null }>(`mutation { takeNextClaim { id claim { id } } }`);
  return res.takeNextClaim;
}

export function verdict(r: TestUser, assignmentId: string, rating = 'TRUE'): Promise<GqlResponse<{ submitVerdict: { id: string } }>> {
  return r.client.raw<{ submitVerdict: { id: string } }>(Q.submitVerdict, { input: { assignmentId, rating, rationale: 'Checked against the record.', sources: [aSource] } });
}

export async function verdictOk(r: TestUser, assignmentId: string, rating = 'TRUE'): Promise<void> {
  const res = await verdict(r, assignmentId, rating);
  if (res.errors?.length || !res.data) throw new Error(`submitVerdict failed: ${JSON.stringify(res.errors)}`);
}
