import { graphql } from '@/gql';

export const AllowedEmailDomainsQueryDocument = graphql(`
  query AdminAllowedEmailDomains {
    allowedEmailDomains {
      id
      domain
      organisationKind
      createdAt
    }
  }
`);

export const AddAllowedEmailDomainMutationDocument = graphql(`
  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {
    addAllowedEmailDomain(domain: $domain, kind: $kind) {
      id
      domain
      organisationKind
      createdAt
    }
  }
`);

export const RemoveAllowedEmailDomainMutationDocument = graphql(`
  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {
    removeAllowedEmailDomain(domain: $domain, kind: $kind)
  }
`);
