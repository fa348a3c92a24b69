import { graphql } from '@/gql';

export const OrganisationQueryDocument = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      code
      land {
        id
        name
        code
      }
      ledTopics {
        id
        title
        board {
          id
          title
        }
      }
      kommunen {
        id
        name
        code
      }
      activity {
        members
        questions
        posts
        officialAnswers
      }
    }
  }
`);

export const LandReportRowQueryDocument = graphql(`
  query LandReportRow {
    kommunalpaktReport {
      generatedAt
      laender {
        land {
          id
        }
        ledServices
        questions
        answered
        answeredShare
        medianHoursToFirstLandAnswer
        answersGiven
      }
    }
  }
`);

export const KommunenDirectoryQueryDocument = graphql(`
  query KommunenDirectory {
    participatingKommunen {
      id
      name
      code
      land {
        id
        name
      }
    }
    organisations(kind: LAND) {
      id
      name
      code
    }
  }
`);
