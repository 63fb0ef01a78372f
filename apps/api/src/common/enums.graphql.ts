import { registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ArticleStatus, AssignmentStatus, ClaimStatus, Rating, Role } from '@app/domain';
// The taxonomy only: the package's entry point loads the NLP model (~65 MB of RSS) the api never uses.
import { CLAIM_TYPES, type ClaimType } from '@app/extraction/types';

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
