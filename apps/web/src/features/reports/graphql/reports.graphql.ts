import { graphql } from '@/gql';

export const KommunalpaktReportQueryDocument = graphql(`
  query KommunalpaktReport($from: DateTime, $to: DateTime) {
    kommunalpaktReport(from: $from, to: $to) {
      generatedAt
      from
      to
      services {
        topic {
          id
          title
          leadLand {
            id
            name
          }
          board {
            id
            slug
          }
        }
        questions
        answered
        answeredShare
        medianHoursToFirstLandAnswer
        municipalities
        lastActivityAt
        weeklyQuestions
      }
      laender {
        land {
          id
          name
          code
        }
        ledServices
        questions
        answered
        answeredShare
        medianHoursToFirstLandAnswer
        answersGiven
      }
      tags {
        tag {
          id
          slug
          name
        }
        questions
        answered
        answeredShare
        services
      }
    }
  }
`);

export const ParticipatingKommunenCountQueryDocument = graphql(`
  query ParticipatingKommunenCount {
    participatingKommunen {
      id
    }
  }
`);
