import { registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ArticleStatus, AssignmentStatus, ClaimStatus, Rating, Role } from '@app/domain';
import { CLAIM_TYPES, type ClaimType } from '@app/extraction';

// Domain enums exposed to GraphQL, registered once here.
registerEnumType(Role, { name: 'Role' });
registerEnumType(ArticleStatus, { name: 'ArticleStatus' });
registerEnumType(ClaimStatus, { name: 'ClaimStatus' });
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });
registerEnumType(Rating, { name: 'Rating', description: 'A verdict, best (TRUE) to worst; UNVERIFIABLE when the evidence does not settle it' });

export const ClaimTypeEnum = Object.fromEntries(CLAIM_TYPES.map((t) => [t, t])) as { [K in ClaimType]: K };
registerEnumType(ClaimTypeEnum, { name: 'ClaimType', description: "Full Fact's claim taxonomy" });

/**
 * graphql-scalars' JSON without its @specifiedBy URL: introspection (the drift
 * test, clients) does not carry that URL, so the printed schemas would differ.
 */
export const JsonScalar = new GraphQLScalarType({ ...GraphQLJSON.toConfig(), specifiedByURL: null });
