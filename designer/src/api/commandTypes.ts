// The command center's answers (GET /api/dashboard, /api/alerts, /api/assessment, /api/briefings, /api/statistics/figures)
// by name: aliases of the schemas generated from the server's OpenAPI document (./types.ts), never kept by hand.
import type { components } from './types';

type Schemas = components['schemas'];

export type AlertLevel = Schemas['AlertLevel'];
export type CaseLine = Schemas['CaseLine'];
export type NamedCount = Schemas['NamedCount'];
export type AlertLine = Schemas['AlertLine'];
export type UnitFigures = Schemas['UnitFigures'];
export type GridFigures = Schemas['GridFigures'];
export type DashboardView = Schemas['DashboardView'];
export type IndicatorFormat = Schemas['IndicatorFormat'];
export type IndicatorInfo = Schemas['IndicatorInfo'];
export type IndicatorScore = Schemas['IndicatorScore'];
export type AssessmentRow = Schemas['AssessmentRow'];
export type AssessmentResult = Schemas['AssessmentResult'];
export type SchemeInfo = Schemas['SchemeView'];
export type TracedCase = Schemas['TracedCase'];
export type TracedAssignment = Schemas['TracedAssignment'];
export type AssessmentTrace = Schemas['AssessmentTrace'];
export type BriefingSummary = Schemas['BriefingSummary'];
export type BriefingFigures = Schemas['BriefingFigures'];
export type RankedCount = Schemas['RankedCount'];
export type Briefing = Schemas['Briefing'];
export type BriefingList = Schemas['BriefingList'];
