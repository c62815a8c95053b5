import type { z } from 'zod';
import type {
  Account,
  AccountCreate,
  AccountUpdate,
  HierarchyNode,
  ZAccountListItem,
} from '#contracts/accounts.ts';
import type { ZCreatedToken, ZMe, ZSession, ZToken, ZTokenCreate } from '#contracts/auth.ts';
import type { Contact, ContactCreate, ContactUpdate } from '#contracts/contacts.ts';
import type {
  ZDecision,
  ZDecisionRequest,
  ZKeyAccountRow,
  ZSettings,
  ZSettingsUpdate,
  ZWorkload,
} from '#contracts/key-accounts.ts';
import type { ZAbcPage, ZAbcRow, ZBreakdown } from '#contracts/portfolio.ts';
import type { ZMatrix, ZReview, ZReviewCreate, ZScoreUpdate } from '#contracts/selection-matrix.ts';
import type { ZProfileUpdate, ZRole, ZUser, ZUserCreate, ZUserUpdate } from '#contracts/users.ts';

/** Types of the API's JSON answers, derived from the server's zod contracts. */
export type { Account, AccountCreate, AccountUpdate, Contact, ContactCreate, ContactUpdate, HierarchyNode };
export type AccountListItem = z.output<typeof ZAccountListItem>;
export type User = z.output<typeof ZUser>;
export type Role = z.output<typeof ZRole>;
export type UserCreate = z.input<typeof ZUserCreate>;
export type UserUpdate = z.input<typeof ZUserUpdate>;
export type ProfileUpdate = z.input<typeof ZProfileUpdate>;
export type Session = z.output<typeof ZSession>;
export type ApiToken = z.output<typeof ZToken>;
export type CreatedApiToken = z.output<typeof ZCreatedToken>;
export type TokenCreate = z.input<typeof ZTokenCreate>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type Me = z.output<typeof ZMe>;

/** The industry contracts live in the server's routes file (not exported), hence written out here. */
export interface Industry {
  key: string;
  labelDe: string;
  labelEn: string;
  position: number;
  archived: boolean;
  version: number;
}
export type IndustryCreate = Pick<Industry, 'key' | 'labelDe' | 'labelEn'>;
/** The version read: a stale one answers 409. */
export type IndustryUpdate = Partial<Omit<Industry, 'key' | 'version'>> & Pick<Industry, 'version'>;

export interface Hierarchy {
  root: HierarchyNode;
  truncated: boolean;
}

/** The portfolio analysis and the key-account decisions. */
export type AbcPage = z.output<typeof ZAbcPage>;
export type AbcRow = z.output<typeof ZAbcRow>;
export type AbcSummary = AbcPage['summary'];
export type Breakdown = z.output<typeof ZBreakdown>;
export type BreakdownDimension = Breakdown['dimension'];
export type Decision = z.output<typeof ZDecision>;
export type DecisionRequest = z.input<typeof ZDecisionRequest>;
export type DecisionKind = Decision['kind'];
export type KeyAccountRow = z.output<typeof ZKeyAccountRow>;
export type KamWorkload = z.output<typeof ZWorkload>;
export type PortfolioSettings = z.output<typeof ZSettings>;
export type PortfolioSettingsUpdate = z.input<typeof ZSettingsUpdate>;

/** The selection matrix: review periods, criteria, and where each account stands. */
export type Matrix = z.output<typeof ZMatrix>;
export type MatrixItem = Matrix['items'][number];
export type MatrixCriterion = Matrix['criteria'][number];
export type Strategy = NonNullable<MatrixItem['strategy']>;
export type Review = z.output<typeof ZReview>;
export type ReviewCreate = z.input<typeof ZReviewCreate>;
export type ScoreUpdate = z.input<typeof ZScoreUpdate>;
