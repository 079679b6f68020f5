/** Input and output names, once: they must match action.yml (a test checks that they do). */
export const Inputs = {
  Scenario: 'scenario',
  FailOnDeny: 'fail-on-deny'
} as const

export const Outputs = {
  Decision: 'decision',
  DeniedBy: 'denied-by',
  Statement: 'statement'
} as const
