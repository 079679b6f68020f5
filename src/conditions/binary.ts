/**
 * `BinaryEquals`: "compares the value of the specified key byte for byte against a base-64 encoded
 * representation of the binary value in the policy".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 *
 * A scenario is JSON, which cannot carry raw bytes, so request values for binary keys are given
 * base64-encoded too; both sides are decoded and the bytes compared (padding differences do not matter).
 */
import { defineOperator, Invalid, memoize, operandText, type ConditionOperator } from './operator.js'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The decoded bytes as a binary string, or null when the text is not base64. */
export function decodeBase64(text: string): string | null {
  if (!BASE64.test(text)) return null
  const unpadded = text.replace(/=+$/, '')
  if (unpadded.length % 4 === 1) return null
  if (text.length !== unpadded.length && text.length % 4 !== 0) return null
  try {
    return atob(text)
  } catch {
    return null
  }
}

function prepare(text: string): string | Invalid {
  return decodeBase64(text) ?? new Invalid(`"${text}" is not valid base64`)
}

const prepareMemo = memoize(prepare)

export const binaryOperators: readonly ConditionOperator[] = [
  defineOperator<string, string>({
    name: 'BinaryEquals',
    negated: false,
    variables: false,
    preparePolicy: (value) => prepareMemo(operandText(value)),
    prepareRequest: prepareMemo,
    test: (request, policy) => request === policy
  })
]
