// The named schemas of the OpenAPI document (#/components/schemas): contract schemas under the names operations use.
import { z } from 'zod';
import {
  associationCollection,
  associationFeature,
  associationProfile,
  stats,
} from '../../../../contracts/association';
import { associationCreate, associationPatch } from '../../../../contracts/association-input';
import { healthStatus, historyEntry, userSummary, vocabularies } from '../../../../contracts/api-replies';
import { currentUser, loginInput, session, userInput, userUpdate } from '../../../../contracts/auth';
import { basemapSetting } from '../../../../contracts/basemap';
import { districtItem, governorateItem } from '../../../../contracts/boundaries';
import { coverageReply } from '../../../../contracts/coverage';
import {
  importCommitInput,
  importForm,
  importResult,
  importSummary,
  importTemplate,
  importTemplateRename,
} from '../../../../contracts/imports';
import { linkCollection } from '../../../../contracts/links';
import {
  ogcCollection,
  ogcCollections,
  ogcConformance,
  ogcFeature,
  ogcFeatureCollection,
  ogcLandingPage,
  ogcLink,
} from '../../../../contracts/ogc-documents';
import { nearestReply } from '../../../../contracts/nearest';
import { partnersReply } from '../../../../contracts/partners';
import { socialUnitCollection, villageCollection } from '../../../../contracts/places';
import { problem } from '../../../../contracts/problem';
import { searchReply } from '../../../../contracts/search';

/** What the API answers, documented as parsed (output). */
export const REPLY_SCHEMAS = {
  Problem: problem,
  HealthStatus: healthStatus,
  Session: session,
  CurrentUser: currentUser,
  UserSummary: userSummary,
  Governorate: governorateItem,
  District: districtItem,
  Vocabularies: vocabularies,
  BasemapSetting: basemapSetting,
  AssociationFeature: associationFeature,
  AssociationCollection: associationCollection,
  AssociationProfile: associationProfile,
  HistoryEntry: historyEntry,
  Stats: stats,
  VillageCollection: villageCollection,
  SocialUnitCollection: socialUnitCollection,
  LinkCollection: linkCollection,
  SearchReply: searchReply,
  PartnersReply: partnersReply,
  NearestReply: nearestReply,
  CoverageReply: coverageReply,
  ImportSummary: importSummary,
  ImportResult: importResult,
  ImportTemplate: importTemplate,
  OgcLink: ogcLink,
  OgcLandingPage: ogcLandingPage,
  OgcConformance: ogcConformance,
  OgcCollection: ogcCollection,
  OgcCollections: ogcCollections,
  OgcFeature: ogcFeature,
  OgcFeatureCollection: ogcFeatureCollection,
};
export type ReplySchemaName = keyof typeof REPLY_SCHEMAS;

/** What clients send, documented as accepted (input). */
export const BODY_SCHEMAS = {
  LoginInput: loginInput,
  UserInput: userInput,
  UserUpdate: userUpdate,
  AssociationCreate: associationCreate,
  AssociationPatch: associationPatch,
  /** The multipart form of POST /api/imports: the file beside the text fields the route validates. */
  ImportUpload: importForm.extend({
    file: z.string().meta({
      contentMediaType: 'application/octet-stream',
      description: 'An .xlsx or .ods workbook, a zipped shapefile, GeoPackage, GeoJSON, KML or CSV',
    }),
  }),
  ImportCommitInput: importCommitInput,
  ImportTemplateRename: importTemplateRename,
};
export type BodySchemaName = keyof typeof BODY_SCHEMAS;
