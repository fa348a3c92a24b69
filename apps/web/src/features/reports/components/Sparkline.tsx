import { useTranslation } from 'react-i18next';

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

/** Points of the polyline for the values, scaled into the box (a flat line at the bottom for all zeros). */
export function sparklinePoints(values: number[], width = WIDTH, height = HEIGHT): string {
  if (values.length === 0) return '';
  const max = Math.max(...values, 1);
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = PAD + i * step;
      const y = height - PAD - (v / max) * (height - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** A tiny line chart of questions per week; the numbers themselves are its accessible name. */
export function Sparkline({ values }: { values: number[] }) {
  const { t } = useTranslation('reports');
  const points = sparklinePoints(values);
  const last = points.split(' ').at(-1)?.split(',');
  return (
    <svg
      className="app-sparkline"
      role="img"
      aria-label={t('sparkline', { values: values.join(', ') })}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      focusable="false"
    >
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="app-sparkline__base" />
      {points ? <polyline points={points} className="app-sparkline__line" /> : null}
      {last && last.length === 2 ? (
        <circle cx={last[0]} cy={last[1]} r="2.5" className="app-sparkline__dot" />
      ) : null}
    </svg>
  );
}
