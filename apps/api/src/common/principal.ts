import type { Role } from '@app/domain';

/** Who is calling: a signed-in user. */
export interface Principal {
  id: string;
  role: Role;
}
