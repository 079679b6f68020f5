/**
 * Policy review on pull requests: expectations in, the accesses a change grants or breaks out.
 * The CLI (`s3-403-doctor review`) and the action (`mode: review`) read the files; everything here
 * is pure.
 */
export { ExpectationsError, parseExpectations, checkExpectations } from './expectations.js'
export { policyFilePaths, policySetFromFiles } from './files.js'
export { policySetFromPlan, PlanError } from './terraform.js'
export { parseTemplate, policySetFromTemplate, TemplateError } from './cloudformation.js'
export { policySetOf, policySetFromText, policySetsFromPlan, SourceError, type SideInput } from './source.js'
export { buildScenario } from './scenarios.js'
export { newBroadGrants } from './broad.js'
export { review, failure, decideSide, type ReviewOptions, type FailOn } from './review.js'
export { renderReviewMarkdown, renderReviewJson, COMMENT_BUDGET_CHARACTERS, SUMMARY_BUDGET_BYTES, MAX_DETAILED, type MarkdownOptions } from './report.js'
export { applyEdits, type Uncertainty, type Edit } from './variants.js'
export { Unknown, isUnknown, emptyPolicySet } from './types.js'
export type * from './types.js'
