import { get, post, query } from './http';
import type { DuplicateView } from './types';

/** One suggested catalog item, with how sure the server is (0–1) and the words that spoke for it. */
export interface ItemSuggestion {
  code: string; name: string; category: string; categoryName: string; score: number; confidence: number; matched: string[];
}

/** The suggestions, best first, and the county's learned model version that made them (null: the catalog alone). */
export interface SuggestResponse { suggestions: ItemSuggestion[]; county: string | null; modelVersion: number | null }

export const suggestItems = (text: string, county?: string, limit = 3) =>
  post<SuggestResponse>('/api/intake/suggest', { text, county, limit });

/** Open cases near this one that may report the same event, best first, each with the reasons it was offered. */
export const duplicatesOf = (caseId: string) => get<DuplicateView[]>(`/api/intake/duplicates${query({ case: caseId })}`);

export interface ModelVersionView {
  version: number; createdAt: string; createdBy: string | null; examples: number; heldOut: number;
  top1: number | null; top3: number | null; baseTop1: number | null; baseTop3: number | null; active: boolean; note: string | null;
}

export interface CountyModels { county: string; countyName: string; examples: number; activeVersion: number | null; versions: ModelVersionView[] }

export const intakeModels = () => get<CountyModels[]>('/api/intake/models');
export const trainModel = (county: string) => post<ModelVersionView>(`/api/intake/models/${encodeURIComponent(county)}/train`);
export const activateModel = (county: string, version: number) =>
  post<ModelVersionView>(`/api/intake/models/${encodeURIComponent(county)}/versions/${version}/activate`);
