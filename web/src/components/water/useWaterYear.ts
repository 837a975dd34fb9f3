import { useSearchParams } from 'react-router';
import { waterApi, type WaterYearSummary } from '../../api/water.ts';
import { useLoad, type Loaded } from '../review/useLoad.ts';

export interface WaterYearChoice {
  years: Loaded<WaterYearSummary[]>;
  /** The chosen year (`?year=`), else the latest opened. */
  year: number | undefined;
  summary: WaterYearSummary | undefined;
  choose: (year: number) => void;
}

/** The fund years, and the one the page shows (kept in the address as `?year=`). */
export function useWaterYear(): WaterYearChoice {
  const [params, setParams] = useSearchParams();
  const years = useLoad((signal) => waterApi.years({ signal }), []);
  const asked = Number(params.get('year'));
  const list = years.data ?? [];
  const latest = list.reduce<number | undefined>(
    (a, y) => (a === undefined || y.year > a ? y.year : a),
    undefined,
  );
  const year = list.some((y) => y.year === asked) ? asked : latest;
  return {
    years,
    year,
    summary: list.find((y) => y.year === year),
    choose: (chosen) =>
      setParams((p) => {
        p.set('year', String(chosen));
        return p;
      }),
  };
}
