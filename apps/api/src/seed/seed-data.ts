import efaServices from './data/efa-services.json';
import generalBoards from './data/general-boards.json';
import kommunen from './data/kommunen.json';
import laender from './data/laender.json';
import organisations from './data/organisations.json';
import tags from './data/tags.json';
import themenfelder from './data/themenfelder.json';

// Seed facts copied from the product's shared data set (see data/README.md), typed once here.
export interface LandFact {
  code: string;
  key: string;
  name: string;
}
export interface KommuneFact {
  name: string;
  ags: string;
  land: string;
}
export interface ThemenfeldFact {
  slug: string;
  title: string;
  lead: string[];
}
export interface GeneralBoardFact {
  slug: string;
  title: string;
  description: string;
}
export interface EfaServiceFact {
  name: string;
  themenfeld: string;
  lead: string;
  note: string;
}
export interface TagFact {
  name: string;
  description: string;
  keywords: string[];
}
export interface OrganisationFact {
  kind: string;
  name: string;
}

export const LAENDER: LandFact[] = laender;
export const KOMMUNEN: KommuneFact[] = kommunen;
export const THEMENFELDER: ThemenfeldFact[] = themenfelder;
export const GENERAL_BOARDS: GeneralBoardFact[] = generalBoards;
export const EFA_SERVICES: EfaServiceFact[] = efaServices;
export const OTHER_ORGANISATIONS: OrganisationFact[] = organisations;
/** The curated tags; demo questions get those whose keywords (lower case) they mention. */
export const DEMO_TAGS: TagFact[] = tags;

/** Short keys the demo threads use for Bund, FITKO and the Spitzenverbände. */
export const ORG_KEYS: Record<string, string> = {
  BUND: 'Bundesministerium für Digitales und Staatsmodernisierung',
  FITKO: 'FITKO (Föderale IT-Kooperation)',
  DST: 'Deutscher Städtetag',
  DLT: 'Deutscher Landkreistag',
  DStGB: 'Deutscher Städte- und Gemeindebund',
};
