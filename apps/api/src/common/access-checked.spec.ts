import { Role } from '@app/domain';
import { accessChecked, type FieldResolverFn } from './access-checked';
import type { GqlContext } from './gql-context';

const ctx = (c: Partial<GqlContext>): GqlContext => ({ principal: null, apiKey: null, authError: null, ...c }) as GqlContext;

describe('accessChecked (what RestrictedField puts in place of a field resolver)', () => {
  const calls: unknown[][] = [];
  const owner = { name: 'resolver instance' };
  const resolve: FieldResolverFn = function (this: unknown, parent, args, context, info) {
    calls.push([this, parent, args, context, info]);
    return 'resolved';
  };
  const field = accessChecked(resolve, { roles: [Role.EDITOR], scopes: ['verdicts:read'] });
  beforeEach(() => (calls.length = 0));

  it('resolves for a caller the access allows, with the same this and arguments', () => {
    const editor = ctx({ principal: { id: 'u1', role: Role.EDITOR } });
    expect(field.call(owner, 'parent', { a: 1 }, editor, 'info')).toBe('resolved');
    expect(calls).toEqual([[owner, 'parent', { a: 1 }, editor, 'info']]);
    expect(field.call(owner, 'p', {}, ctx({ principal: { id: 'u0', role: Role.ADMIN } }), 'i')).toBe('resolved');
    expect(field.call(owner, 'p', {}, ctx({ apiKey: { id: 'k1', name: 'k', scopes: ['verdicts:read'] } }), 'i')).toBe('resolved');
  });

  it('refuses, without resolving, a caller the access does not allow', () => {
    expect(() => field.call(owner, 'p', {}, ctx({ principal: { id: 'u2', role: Role.REVIEWER } }), 'i')).toThrow(/role EDITOR/);
    expect(() => field.call(owner, 'p', {}, ctx({ apiKey: { id: 'k2', name: 'k', scopes: [] } }), 'i')).toThrow(/scope verdicts:read/);
    expect(() => field.call(owner, 'p', {}, ctx({ authError: 'token expired' }), 'i')).toThrow();
    expect(calls).toEqual([]);
  });

  it('keeps the metadata already on the method, so startup still sees @Roles on a field', () => {
    const method = function field(): string {
      return '';
    };
    Reflect.defineMetadata('roles', [Role.EDITOR], method);
    const checked = accessChecked(method, {});
    expect(Reflect.getMetadata('roles', checked)).toEqual([Role.EDITOR]);
    expect(checked.name).toBe('field');
  });
});
