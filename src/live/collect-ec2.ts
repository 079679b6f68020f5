/**
 * The VPC endpoint in the path of the request: its policy (DescribeVpcEndpoints returns it as a
 * JSON string in PolicyDocument), and, on a self-hosted runner inside a VPC, which endpoint that is.
 *
 * Detection: S3 traffic from a subnet goes through a gateway endpoint when the endpoint is
 * associated with the subnet's route table (the VPC's main table when the subnet has none of its
 * own); failing that, through an S3 interface endpoint with private DNS.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html
 *
 * The calls go through ./ec2-query.ts, not @aws-sdk/client-ec2 (whose size is the reason).
 */
import { DescribeRouteTablesCommand, DescribeVpcEndpointsCommand, type Ec2QueryClient, type VpcEndpoint } from './ec2-query.js'
import { MalformedResponse, type ReadResult, type Reader } from './collect-read.js'

export interface EndpointFacts {
  id: string
  vpcId: string | undefined
  type: string | undefined
  /** The policy as EC2 returned it (JSON text); undefined when the endpoint has none (full access). */
  policy: string | undefined
}

function facts(endpoint: VpcEndpoint): EndpointFacts {
  if (typeof endpoint.VpcEndpointId !== 'string') throw new MalformedResponse('an endpoint without VpcEndpointId')
  const policy = typeof endpoint.PolicyDocument === 'string' && endpoint.PolicyDocument.trim() !== '' ? endpoint.PolicyDocument : undefined
  return { id: endpoint.VpcEndpointId, vpcId: endpoint.VpcId, type: endpoint.VpcEndpointType, policy }
}

/** The endpoint the input names. */
export function readEndpoint(reader: Reader, ec2: Ec2QueryClient, id: string): Promise<ReadResult<EndpointFacts>> {
  return reader.read(
    'ec2.DescribeVpcEndpoints',
    (abortSignal) => ec2.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: [id] }), { abortSignal }),
    (response) => {
      const endpoint = response.VpcEndpoints?.find((item) => item.VpcEndpointId === id)
      if (endpoint === undefined) throw new MalformedResponse(`no endpoint ${id} in VpcEndpoints`)
      return facts(endpoint)
    }
  )
}

export interface RunnerNetwork {
  vpcId: string
  subnetId?: string
  /** The runner's private IPv4 address (aws:VpcSourceIp for requests through an endpoint). */
  privateIp?: string
}

/**
 * The S3 endpoint a runner in `network` reaches S3 through, or null when it goes over the internet.
 * Two concurrent reads: the subnet's route tables and the VPC's S3 endpoints.
 */
export async function detectEndpoint(reader: Reader, ec2: Ec2QueryClient, network: RunnerNetwork, region: string): Promise<ReadResult<EndpointFacts | null>> {
  const [tables, endpoints] = await Promise.all([
    reader.read(
      'ec2.DescribeRouteTables',
      (abortSignal) =>
        ec2.send(
          new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [network.vpcId] }] }),
          { abortSignal }
        ),
      (response) => {
        if (!Array.isArray(response.RouteTables)) throw new MalformedResponse('no RouteTables')
        const ofSubnet: string[] = []
        const main: string[] = []
        for (const table of response.RouteTables) {
          if (typeof table.RouteTableId !== 'string') continue
          for (const association of table.Associations ?? []) {
            if (network.subnetId !== undefined && association.SubnetId === network.subnetId) ofSubnet.push(table.RouteTableId)
            if (association.Main === true) main.push(table.RouteTableId)
          }
        }
        // A subnet without its own association uses the VPC's main route table.
        return ofSubnet.length > 0 ? ofSubnet : main
      }
    ),
    reader.read(
      'ec2.DescribeVpcEndpoints',
      (abortSignal) =>
        ec2.send(
          new DescribeVpcEndpointsCommand({
            Filters: [
              { Name: 'vpc-id', Values: [network.vpcId] },
              { Name: 'service-name', Values: [`com.amazonaws.${region}.s3`] }
            ]
          }),
          { abortSignal }
        ),
      (response) => {
        if (!Array.isArray(response.VpcEndpoints)) throw new MalformedResponse('no VpcEndpoints')
        return response.VpcEndpoints.filter((endpoint) => endpoint.State === undefined || endpoint.State.toLowerCase() === 'available')
      }
    )
  ])
  if (!endpoints.ok) return endpoints
  const gateways = endpoints.value.filter((endpoint) => endpoint.VpcEndpointType === 'Gateway')
  if (gateways.length > 0) {
    if (!tables.ok) return tables
    const routed = gateways.find((endpoint) => (endpoint.RouteTableIds ?? []).some((id) => tables.value.includes(id)))
    if (routed !== undefined) return { ok: true, value: facts(routed) }
  }
  const interfaced = endpoints.value.find((endpoint) => endpoint.VpcEndpointType === 'Interface' && endpoint.PrivateDnsEnabled === true)
  return { ok: true, value: interfaced !== undefined ? facts(interfaced) : null }
}
