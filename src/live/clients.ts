/**
 * The AWS clients, made in one place: our user agent, region and endpoint only when given (so
 * tests and S3-compatible servers plug in), credentials passed in, and retries and timeouts owned
 * by us (`./retry.ts`), not by the SDK's defaults.
 */
import { EC2Client } from '@aws-sdk/client-ec2'
import { IAMClient } from '@aws-sdk/client-iam'
import { KMSClient } from '@aws-sdk/client-kms'
import { OrganizationsClient } from '@aws-sdk/client-organizations'
import { S3Client } from '@aws-sdk/client-s3'
import { S3ControlClient } from '@aws-sdk/client-s3-control'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'

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
  ec2: EC2Client
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

export function createClients(options: ClientOptions = {}): AwsClients {
  // S3-compatible servers (Ceph RGW) serve S3, STS and IAM on one endpoint; the others stay AWS's.
  const local = options.endpointUrl !== undefined
  return {
    s3: new S3Client({
      ...common(options, true),
      forcePathStyle: local,
      // A bucket in another Region: follow S3's 301 instead of failing with PermanentRedirect.
      followRegionRedirects: true,
      // S3-compatible servers (Ceph RGW) refuse the SDK's default CRC32 trailers on streamed bodies.
      ...(local ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {})
    }),
    s3control: new S3ControlClient(s3ControlConfig(options, local)),
    sts: new STSClient(common(options, local)),
    iam: new IAMClient(common(options, local)),
    kms: new KMSClient(common(options, local)),
    ec2: new EC2Client(common(options, local)),
    organizations: new OrganizationsClient(common(options, local))
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
