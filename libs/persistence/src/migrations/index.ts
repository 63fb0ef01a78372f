import type { MigrationInterface } from 'typeorm';
import { Init1795831883520 } from './1795831883520-Init';
import { ApiKeys1795833255850 } from './1795833255850-ApiKeys';
import { ReviewWorkflow1795833284653 } from './1795833284653-ReviewWorkflow';
import { Webhooks1795834972211 } from './1795834972211-Webhooks';
import { ClaimsFtsNoPendingList1795856881440 } from './1795856881440-ClaimsFtsNoPendingList';
import { ClaimsCanonicalTrgmIndex1795864526954 } from './1795864526954-ClaimsCanonicalTrgmIndex';
import { ClaimsCanonicalTextHashIndex1795866052994 } from './1795866052994-ClaimsCanonicalTextHashIndex';
import { DropAllClaimsTrgmIndex1795868400000 } from './1795868400000-DropAllClaimsTrgmIndex';
import { WebhookDeliveryHeld1795874861407 } from './1795874861407-WebhookDeliveryHeld';
import { WebhookDeliveriesUnsentIndex1795875774230 } from './1795875774230-WebhookDeliveriesUnsentIndex';
import { WebhookEnabledAt1795881225581 } from './1795881225581-WebhookEnabledAt';
import { ArticlesSearchTrgmIndex1795882249094 } from './1795882249094-ArticlesSearchTrgmIndex';
import { ArticlesCreatedAtIdIndex1795882388102 } from './1795882388102-ArticlesCreatedAtIdIndex';
import { EventTimesClockTimestamp1795900039491 } from './1795900039491-EventTimesClockTimestamp';
import { PublishedVerdictsWithdrawnAtIndex1795900385367 } from './1795900385367-PublishedVerdictsWithdrawnAtIndex';
import { PublishedVerdictsUrl1795903902129 } from './1795903902129-PublishedVerdictsUrl';
import { UserLifecycle1795911448817 } from './1795911448817-UserLifecycle';
import { ReviewAssignmentsReviewerActiveIndex1795913484037 } from './1795913484037-ReviewAssignmentsReviewerActiveIndex';
import { BackfillUserCreatedEvents1795924437701 } from './1795924437701-BackfillUserCreatedEvents';
import { ClaimsFillfactor1795963520040 } from './1795963520040-ClaimsFillfactor';
import { ClaimTextNotify1795972670824 } from './1795972670824-ClaimTextNotify';
import { ClaimsFtsSearchableOnly1795984544471 } from './1795984544471-ClaimsFtsSearchableOnly';

// Listed explicitly (not globbed) so the same list works from source and from dist; in timestamp order.
export const MIGRATIONS: (new () => MigrationInterface)[] = [Init1795831883520, ApiKeys1795833255850, ReviewWorkflow1795833284653, Webhooks1795834972211, ClaimsFtsNoPendingList1795856881440, ClaimsCanonicalTrgmIndex1795864526954, ClaimsCanonicalTextHashIndex1795866052994, DropAllClaimsTrgmIndex1795868400000, WebhookDeliveryHeld1795874861407, WebhookDeliveriesUnsentIndex1795875774230, WebhookEnabledAt1795881225581, ArticlesSearchTrgmIndex1795882249094, ArticlesCreatedAtIdIndex1795882388102, EventTimesClockTimestamp1795900039491, PublishedVerdictsWithdrawnAtIndex1795900385367, PublishedVerdictsUrl1795903902129, UserLifecycle1795911448817, ReviewAssignmentsReviewerActiveIndex1795913484037, BackfillUserCreatedEvents1795924437701, ClaimsFillfactor1795963520040, ClaimTextNotify1795972670824, ClaimsFtsSearchableOnly1795984544471];
