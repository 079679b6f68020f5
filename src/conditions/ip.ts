/**
 * IP address condition operators: `IpAddress` and `NotIpAddress` against IPv4 or IPv6 CIDR ranges.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 * ("The value must be in the standard CIDR format (for example, 203.0.113.0/24 or
 * 2001:DB8:1234:5678::/64). If you specify an IP address without the associated routing prefix,
 * IAM uses the default prefix value of /32"; for IPv6 the whole address, /128.)
 *
 * An IPv4 request address never falls in an IPv6 range and the other way round (an IPv4-mapped
 * IPv6 address such as ::ffff:203.0.113.7 is an IPv6 address). No policy variables.
 */
import { defineOperator, Invalid, memoize, operandText, type ConditionOperator } from './operator.js'

/** An address as 16-bit groups: two for IPv4, eight for IPv6. */
export interface IpAddress {
  version: 4 | 6
  groups: number[]
}

export interface CidrRange {
  address: IpAddress
  prefix: number
}

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/

function parseIpv4Groups(text: string): number[] | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const octets: number[] = []
  for (const part of parts) {
    if (!DECIMAL_OCTET.test(part)) return null
    const octet = Number(part)
    if (octet > 255) return null
    octets.push(octet)
  }
  const [a, b, c, d] = octets as [number, number, number, number]
  return [(a << 8) | b, (c << 8) | d]
}

/** Parses `x:x:...` hex groups (the last may be a dotted IPv4); null on a malformed group. */
function parseHexGroups(parts: string[], allowIpv4Tail: boolean): number[] | null {
  const groups: number[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    if (allowIpv4Tail && i === parts.length - 1 && part.includes('.')) {
      const tail = parseIpv4Groups(part)
      if (tail === null) return null
      groups.push(...tail)
    } else {
      if (!HEX_GROUP.test(part)) return null
      groups.push(parseInt(part, 16))
    }
  }
  return groups
}

function parseIpv6Groups(text: string): number[] | null {
  const halves = text.split('::')
  if (halves.length > 2) return null
  if (halves.length === 1) {
    const groups = parseHexGroups(text.split(':'), true)
    return groups !== null && groups.length === 8 ? groups : null
  }
  const [head, tail] = halves as [string, string]
  const headGroups = head.length === 0 ? [] : parseHexGroups(head.split(':'), false)
  const tailGroups = tail.length === 0 ? [] : parseHexGroups(tail.split(':'), true)
  if (headGroups === null || tailGroups === null) return null
  // `::` stands for at least one group of zeros.
  const missing = 8 - headGroups.length - tailGroups.length
  if (missing < 1) return null
  return [...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups]
}

/** Parses a bare IPv4 or IPv6 address (no prefix, no zone); null when it is not one. */
export function parseIpAddress(text: string): IpAddress | null {
  if (text.includes(':')) {
    const groups = parseIpv6Groups(text)
    return groups === null ? null : { version: 6, groups }
  }
  const groups = parseIpv4Groups(text)
  return groups === null ? null : { version: 4, groups }
}

/** Parses `address/prefix` or a bare address (a /32 or /128 range); null when it is not valid. */
export function parseCidr(text: string): CidrRange | null {
  const slash = text.indexOf('/')
  const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash))
  if (address === null) return null
  const bits = address.version === 4 ? 32 : 128
  if (slash < 0) return { address, prefix: bits }
  const prefixText = text.slice(slash + 1)
  if (!/^\d{1,3}$/.test(prefixText)) return null
  const prefix = Number(prefixText)
  return prefix <= bits ? { address, prefix } : null
}

/** Whether the address lies in the range (same IP version, same leading `prefix` bits). */
export function inRange(address: IpAddress, range: CidrRange): boolean {
  if (address.version !== range.address.version) return false
  let remaining = range.prefix
  for (let i = 0; remaining > 0; i++, remaining -= 16) {
    const mask = remaining >= 16 ? 0xffff : (0xffff << (16 - remaining)) & 0xffff
    if (((address.groups[i] as number) & mask) !== ((range.address.groups[i] as number) & mask)) return false
  }
  return true
}

const prepareRange = memoize((text: string): CidrRange | Invalid => parseCidr(text) ?? new Invalid(`"${text}" is not a valid IPv4 or IPv6 CIDR`))
const prepareAddress = memoize(
  (text: string): IpAddress | Invalid => parseIpAddress(text) ?? new Invalid(`"${text}" is not a valid IPv4 or IPv6 address`)
)

function operator(name: string, negated: boolean): ConditionOperator {
  return defineOperator<IpAddress, CidrRange>({
    name,
    negated,
    variables: false,
    preparePolicy: (value) => prepareRange(operandText(value)),
    prepareRequest: prepareAddress,
    test: inRange
  })
}

export const ipOperators: readonly ConditionOperator[] = [operator('IpAddress', false), operator('NotIpAddress', true)]
