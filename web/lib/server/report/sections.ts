import { rt } from './messages.js';
import type { ReportSection } from './model.js';
import { dataQualityBlocks, legalBlocks, methodologyBlocks } from './sectionAnnexes.js';
import { attendanceBlocks } from './sectionAttendance.js';
import { competencyBlocks } from './sectionCompetency.js';
import { feedbackBlocks } from './sectionFeedback.js';
import { performanceBlocks } from './sectionPerformance.js';
import { readinessBlocks } from './sectionReadiness.js';
import { summaryBlocks } from './sectionSummary.js';

/**
 * The report, in order: numbered chapters, then lettered annexes. Cover and contents are not
 * sections (html.ts draws them). Adding a section is adding one entry here.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
	{ id: 'ringkasan', title: (lang) => rt(lang, 'sec.ringkasan'), build: summaryBlocks },
	{ id: 'kinerja', title: (lang) => rt(lang, 'sec.kinerja'), build: performanceBlocks },
	{ id: 'kompetensi', title: (lang) => rt(lang, 'sec.kompetensi'), build: competencyBlocks },
	{ id: 'kehadiran', title: (lang) => rt(lang, 'sec.kehadiran'), build: attendanceBlocks },
	{ id: 'kesiapan', title: (lang) => rt(lang, 'sec.kesiapan'), build: readinessBlocks },
	{ id: 'umpan-balik', title: (lang) => rt(lang, 'sec.umpanBalik'), build: feedbackBlocks },
	{
		id: 'metodologi',
		annex: true,
		title: (lang) => rt(lang, 'sec.metodologi'),
		build: methodologyBlocks
	},
	{
		id: 'kualitas-data',
		annex: true,
		title: (lang) => rt(lang, 'sec.kualitas'),
		build: dataQualityBlocks
	},
	{ id: 'dasar-hukum', annex: true, title: (lang) => rt(lang, 'sec.hukum'), build: legalBlocks }
];
