/** The command center's answers (GET /api/dashboard, /api/alerts, /api/assessment, /api/briefings), camelCase as the server sends them. */

export type AlertLevel = 'blue' | 'yellow' | 'red';

export interface CaseLine {
  id: string; number: string; itemCode: string; itemName: string; gridCode: string; placeName: string; status: string; statusName: string;
  urgency: string; urgencyName: string; warning: string; reportedAt: string; deadline: string | null; handlerName: string | null; description: string;
}

export interface NamedCount { code: string; name: string; count: number }

export interface AlertLine {
  id: string; ruleId: string; ruleName: string; level: AlertLevel; levelName: string; summary: string; placeCode: string; placeName: string;
  raisedAt: string; updatedAt: string; acknowledged: boolean; caseNumbers: string[]; caseIds: string[];
}

export interface UnitFigures { code: string; name: string; reported: number; closed: number; overdueOpen: number; onTimeRate: number | null; satisfaction: number | null }

export interface GridFigures { code: string; name: string; communityCode: string; communityName: string; reported: number; open: number; overdueOpen: number; redOpen: number }

export interface DashboardView {
  scope: { code: string; name: string; level: string; levelName: string; childLevel: string | null; childLevelName: string | null };
  generatedAt: string; days: number;
  today: { reported: number; accepted: number; closed: number; pending: number };
  period: { reported: number; accepted: number; open: number; closed: number; overdue: number; overdueOpen: number; redOpen: number;
    onTimeRate: number | null; rated: number; satisfaction: number | null };
  trend: { day: string; reported: number; closed: number }[];
  byCategory: NamedCount[]; topItems: NamedCount[]; byChannel: NamedCount[]; byUnit: UnitFigures[]; byDepartment: UnitFigures[];
  overdue: CaseLine[]; redWarnings: CaseLine[]; latest: CaseLine[]; alerts: AlertLine[]; grids: GridFigures[];
}

export type IndicatorFormat = 'percent' | 'count' | 'minutes' | 'number';

export interface IndicatorInfo {
  code: string; name: string; formula: string; format: IndicatorFormat; weight: number; best: number; worst: number;
  measures: { name: string; label: string }[];
}

export interface IndicatorScore { code: string; value: number | null; points: number; measures: Record<string, number | null> }

export interface AssessmentRow {
  code: string; name: string; unitCode: string; score: number; rank: number | null; previousScore: number | null; previousRank: number | null;
  rankChange: number | null; indicators: IndicatorScore[];
}

export interface AssessmentResult {
  period: string; previousPeriod: string; level: string; schemeName: string; indicators: IndicatorInfo[]; rows: AssessmentRow[];
}

export interface SchemeInfo { level: string; name: string }

export interface TracedCase { case: CaseLine; accepted: boolean; closed: boolean; onTime: boolean; overdue: boolean; satisfaction: string | null; reopened: boolean; returned: boolean }

export interface TracedAssignment { taskId: string; caseId: string; number: string; itemName: string; createdAt: string; responded: boolean;
  responseMinutes: number | null; returned: boolean; overdue: boolean; completed: boolean }

export interface AssessmentTrace { period: string; level: string; code: string; name: string; indicator: IndicatorScore | null; cases: TracedCase[]; assignments: TracedAssignment[] }

export interface BriefingSummary {
  id: string; definitionId: string; name: string; period: string; scopeCode: string; scopeName: string; start: string; end: string;
  generatedAt: string; alertId: string | null; title: string;
}

export interface BriefingFigures { reported: number; accepted: number; closed: number; open: number; overdue: number; onTimeRate: number | null;
  satisfaction: number | null; alerts: number; redAlerts: number }

export interface RankedCount { code: string; name: string; count: number; previous: number }

export interface Briefing extends Omit<BriefingSummary, 'title'> {
  content: { title: string; periodLabel: string; figures: BriefingFigures; previous: BriefingFigures; topItems: RankedCount[]; topPlaces: RankedCount[];
    overdue: CaseLine[]; alerts: AlertLine[]; cause: AlertLine | null; causeCases: CaseLine[] };
}

export interface BriefingList { definitions: { id: string; name: string; period: string }[]; items: BriefingSummary[] }
