/**
 * The AWS clients, made in one place: our user agent, region and endpoint only when given (so
 * tests and S3-compatible servers plug in), credentials passed in, and retries and timeouts owned
 * by us (`./retry.ts`), not by the SDK's defaults.
 *
 * Only S3 and STS are loaded up front: they are all a preflight needs (the credentials, the
 * caller, the probes). IAM, KMS, EC2, Organizations and S3 Control serve the collection alone, so
 * their clients are made on their first request, from modules imported at that moment (`lazyClient`):
 * an allowed preflight never loads them, and the bundle keeps them in chunks of their own. EC2's
 * client is our own (./ec2-query.ts): the SDK's would add more memory than all the others together.
 *
 * The S3 client computes no flexible checksum (`requestChecksumCalculation: 'WHEN_REQUIRED'`): the
 * write probe's deliberately wrong Content-MD5 must be the only integrity value it sends (see the
 * module comment of ./probe.ts), S3-compatible servers refuse the default aws-chunked CRC32 trailers
 * with 411, and the doctor sends no other body. Responses are not checksummed either
 * (`responseChecksumValidation: 'WHEN_REQUIRED'`): the read probe takes one byte of an object, and
 * the collector reads no object body. https://docs.aws.amazon.com/sdkref/latest/guide/feature-dataintegrity.html
 */
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { STSClient } from '@aws-sdk/client-sts'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { KMSClient } from '@aws-sdk/client-kms'
import type { OrganizationsClient } from '@aws-sdk/client-organizations'
import type { S3ControlClient } from '@aws-sdk/client-s3-control'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Ec2QueryClient } from './ec2-query.js'

export const USER_AGENT = 's3-403-doctor'

export interface ClientOptions {
  region?: string
  /** An S3-compatible or test endpoint: used for S3 (and STS/IAM, which such servers serve on the same port). */
  endpointUrl?: string
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** Per-request socket timeout; the caller's overall deadline is enforced by ./retry.ts. */
  requestTimeoutMs?: number
}

export interface AwsClients {
  s3: S3Client
  s3control: S3ControlClient
  sts: STSClient
  iam: IAMClient
  kms: KMSClient
  ec2: Ec2QueryClient
  organizations: OrganizationsClient
}

type CommonConfig = {
  region: string
  customUserAgent: string
  maxAttempts: number
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  endpoint?: string
  requestHandler?: { requestTimeout: number; connectionTimeout: number }
}

function common(options: ClientOptions, withEndpoint: boolean): CommonConfig {
  const config: CommonConfig = {
    // Organizations and IAM are global; the SDK still needs a region to sign.
    region: options.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
    customUserAgent: USER_AGENT,
    // We retry ourselves (with jitter, a deadline, and a swappable sleep for tests).
    maxAttempts: 1
  }
  if (options.credentials !== undefined) config.credentials = options.credentials
  if (withEndpoint && options.endpointUrl !== undefined) config.endpoint = options.endpointUrl
  if (options.requestTimeoutMs !== undefined) {
    config.requestHandler = { requestTimeout: options.requestTimeoutMs, connectionTimeout: options.requestTimeoutMs }
  }
  return config
}

interface Sender {
  send(command: unknown, options?: unknown): Promise<unknown>
  destroy(): void
}

/**
 * A client made on its first `send`, from a module imported then. It answers `send` and `destroy`,
 * which is all the collector uses; `loaded` tells tests and the bench whether it was ever made.
 */
export function lazyClient<C extends Sender>(make: () => Promise<C>): C & { readonly loaded: boolean } {
  let made: Promise<C> | undefined
  const lazy = {
    get loaded(): boolean {
      return made !== undefined
    },
    send(command: unknown, options?: unknown): Promise<unknown> {
      made ??= make()
      return made.then((client) => client.send(command, options))
    },
    destroy(): void {
      void made?.then((client) => client.destroy(), () => undefined)
    }
  }
  return lazy as unknown as C & { readonly loaded: boolean }
}

/** The S3 client's configuration (exported for the probe's request-capture test). */
export function s3Config(options: ClientOptions): S3ClientConfig {
  const local = options.endpointUrl !== undefined
  return {
    ...common(options, true),
    forcePathStyle: local,
    // A bucket in another Region: follow S3's 301 instead of failing with PermanentRedirect.
    followRegionRedirects: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  }
}

/** The modules only the collection needs, each imported once, on demand. */
const collectionModules = {
  s3control: () => import('@aws-sdk/client-s3-control'),
  iam: () => import('@aws-sdk/client-iam'),
  kms: () => import('@aws-sdk/client-kms'),
  organizations: () => import('@aws-sdk/client-organizations'),
  // Not @aws-sdk/client-ec2, which would add about 35 MB of peak RSS: EC2's two read calls over its
  // Query API, from modules S3 and STS have loaded already (./ec2-query.ts).
  ec2: () => import('./ec2-query.js')
}

/**
 * Starts importing the collection's client modules (and nothing else: no client, no request), for
 * a run that will collect for sure (mode diagnose): they load while the credentials are being
 * resolved instead of on the collection's critical path. EC2 only when a VPC endpoint is named.
 */
export function preloadCollectionClients(options: { ec2: boolean }): Promise<void> {
  const names = (Object.keys(collectionModules) as (keyof typeof collectionModules)[]).filter((name) => name !== 'ec2' || options.ec2)
  return Promise.all(names.map((name) => collectionModules[name]())).then(() => undefined)
}

export function createClients(options: ClientOptions = {}): AwsClients {
  // S3-compatible servers (Ceph RGW) serve S3, STS and IAM on one endpoint; the others stay AWS's.
  const local = options.endpointUrl !== undefined
  return {
    s3: new S3Client(s3Config(options)),
    sts: new STSClient(common(options, local)),
    s3control: lazyClient(async () => new (await collectionModules.s3control()).S3ControlClient(s3ControlConfig(options, local))),
    iam: lazyClient(async () => new (await collectionModules.iam()).IAMClient(common(options, local))),
    kms: lazyClient(async () => new (await collectionModules.kms()).KMSClient(common(options, local))),
    ec2: lazyClient(async () => new (await collectionModules.ec2()).Ec2QueryClient(common(options, local))),
    organizations: lazyClient(async () => new (await collectionModules.organizations()).OrganizationsClient(common(options, local)))
  }
}

/**
 * S3 Control's endpoint rules put the account id in front of the host (`123456789012.127.0.0.1`,
 * an invalid URL, which `disableHostPrefix` does not undo): with a custom endpoint the endpoint is
 * given as a fixed `endpointProvider` instead.
 */
function s3ControlConfig(options: ClientOptions, local: boolean): CommonConfig & { endpointProvider?: () => { url: URL } } {
  const config = common(options, false)
  if (!local || options.endpointUrl === undefined) return config
  const url = options.endpointUrl
  return { ...config, endpointProvider: () => ({ url: new URL(url) }) }
}
