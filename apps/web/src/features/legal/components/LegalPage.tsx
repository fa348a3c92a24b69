import { useTranslation } from 'react-i18next';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useLegalNamespace } from '../hooks/use-legal-content';

interface LegalSection {
  heading: string;
  paragraphs?: string[];
  lines?: string[];
  list?: string[];
}
interface LegalContent {
  intro?: string;
  sections: LegalSection[];
}

export type LegalDocument = 'imprint' | 'privacy' | 'accessibility';

/** Renders a legal text kept as structured content in the translation files. */
export function LegalPage({ document }: { document: LegalDocument }) {
  const { t } = useTranslation('legal');
  const { ready } = useLegalNamespace();
  if (!ready) return <Loading />;
  const content = t(document, { returnObjects: true }) as LegalContent;
  return (
    <article className="app-stack app-narrow app-legal">
      <PageHeading title={t(`${document}Title`)} />
      {content.intro ? <p className="kern-body kern-body--large">{content.intro}</p> : null}
      {content.sections.map((section) => (
        <section key={section.heading} className="app-stack-sm">
          <h2 className="kern-heading-medium">{section.heading}</h2>
          {section.paragraphs?.map((p) => (
            <p className="kern-body" key={p}>
              {p}
            </p>
          ))}
          {section.list ? (
            <ul className="kern-list kern-list--bullet">
              {section.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
          {section.lines ? (
            <p className="kern-body app-address">
              {section.lines.map((line, i) => (
                <span key={line}>
                  {i > 0 ? <br /> : null}
                  {line}
                </span>
              ))}
            </p>
          ) : null}
        </section>
      ))}
    </article>
  );
}

export const ImpressumPage = () => <LegalPage document="imprint" />;
export const DatenschutzPage = () => <LegalPage document="privacy" />;
export const BarrierefreiheitPage = () => <LegalPage document="accessibility" />;
