import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface EasySection {
  id: string;
  title: string;
  lines: string[];
  words?: Array<{ word: string; explanation: string }>;
  link?: string;
}

/**
 * The forum explained in Leichte Sprache (rules of the Netzwerk Leichte Sprache): one statement per
 * line, short sentences, hard words explained beside the text, large type, left-aligned. Also the text
 * alternative of the DGS videos. Headings start at `level`.
 */
export function EasyLanguageContent({ idPrefix, level = 2 }: { idPrefix: string; level?: 2 | 3 }) {
  const { t } = useTranslation('accessibility');
  const sections = t('sections', { returnObjects: true }) as EasySection[];
  const Heading = level === 2 ? 'h2' : 'h3';
  const WordsHeading = level === 2 ? 'h3' : 'h4';
  return (
    <div className="app-easy__sections">
      <nav aria-labelledby={`${idPrefix}-toc`} className="app-easy__toc">
        <p id={`${idPrefix}-toc`} className="app-easy__toc-title">
          {t('toc')}
        </p>
        <ol>
          {sections.map((s) => (
            <li key={s.id}>
              <a className="kern-link" href={`#${idPrefix}-${s.id}`}>
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((section) => (
        <section key={section.id} className="app-easy__section" aria-labelledby={`${idPrefix}-${section.id}`}>
          <Heading id={`${idPrefix}-${section.id}`} className="app-easy__heading" tabIndex={-1}>
            {section.title}
          </Heading>
          <div className="app-easy__text">
            {section.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {section.link ? (
              <p>
                <Link className="kern-link" to="/barrierefreiheit">
                  {section.link}
                </Link>
              </p>
            ) : null}
          </div>
          {section.words?.length ? (
            <aside className="app-easy__words" aria-labelledby={`${idPrefix}-${section.id}-words`}>
              <WordsHeading id={`${idPrefix}-${section.id}-words`} className="app-easy__words-title">
                {t('wordsTitle')}
              </WordsHeading>
              <dl>
                {section.words.map((w) => (
                  <div key={w.word}>
                    <dt>{w.word}</dt>
                    <dd>{w.explanation}</dd>
                  </div>
                ))}
              </dl>
            </aside>
          ) : null}
        </section>
      ))}
    </div>
  );
}
