"""Independent reference for the worked cases of hq-star-rating, written from the rules in
shared/methods/hq-star-rating.md (R3-R10, D1-D5), NOT from the TypeScript code.

Exact arithmetic with fractions.Fraction. Amounts are compared in the file's own units: R4 is
(x - min) / (max - min) * w, which does not change when every x is multiplied by the same unit.

Used by build_cases.py, which also checks each case against hand-written formulas.
"""

from fractions import Fraction as F

WEIGHTS = {'revenue_2y': 30, 'contribution_2y': 50, 'rd_2y': 10, 'pension_rate': 10}  # R3
AMOUNTS = ['revenue_2y', 'contribution_2y', 'rd_2y']
TOP500 = {'world': 5, 'china': 3, 'private': 2, 'manufacturing': 1, 'service': 1}  # R7
EDGES = [(5, 5), (15, 4), (30, 3), (60, 2)]  # R10: (last rank, stars); after 60: one star


def stars_for(rank):
    for last, stars in EDGES:
        if rank <= last:
            return stars
    return 1


def half_up(value, places=4):
    """Rounds half away from zero and writes exactly `places` decimals (D3)."""
    scale = 10**places
    magnitude = abs(value) * scale
    whole = int(magnitude)
    if magnitude - whole >= F(1, 2):
        whole += 1
    sign = '-' if value < 0 and whole != 0 else ''
    digits = str(whole).rjust(places + 1, '0')
    return f'{sign}{digits[:-places]}.{digits[-places:]}'


def frac_text(value):
    return str(value)  # Fraction prints 'n/d' in lowest terms, or 'n'


def figures(row):
    """The four indicator values, or the reason codes (D5)."""
    reasons = []
    values = {}
    for key in AMOUNTS:
        text = row.get(key, '')
        if text == '':
            reasons.append('missing_figure')
        elif F(text) < 0:
            reasons.append('negative_amount')
        else:
            values[key] = F(text)
    payers, filers = row.get('pension_payers', ''), row.get('tax_filers', '')
    p = None if payers == '' else int(payers)
    f = None if filers == '' else int(filers)
    if p is None:
        reasons.append('missing_figure')
    elif p < 0:
        reasons.append('negative_amount')
    if f is None:
        reasons.append('missing_figure')
    elif f < 0:
        reasons.append('negative_amount')
    elif f == 0:
        reasons.append('no_tax_filers')
    if p is not None and f is not None and p >= 0 and f > 0:
        if p > f:
            reasons.append('rate_above_100')
        values['pension_rate'] = F(p, f)  # R6
    return (None, sorted(reasons)) if reasons else (values, None)


def bonus(row):
    lists = [t for t in row.get('top500', '').split(';') if t != '']
    top = max([TOP500[t] for t in lists], default=0)  # R7: highest only
    listings = int(row.get('listings_3y', '') or '0')  # R8: one point each
    return top + listings


def rate(rows, no_spread='full_weight'):
    pool, unscored = [], []
    for row in rows:
        values, reasons = figures(row)
        if values is None:
            unscored.append({'uscc': row['uscc'], 'reasons': reasons})
        else:
            pool.append((row, values))
    warnings = []
    if not pool:
        warnings.append({'code': 'empty_pool', 'subjects': []})
    lo = {k: min(v[k] for _, v in pool) for k in WEIGHTS} if pool else {}
    hi = {k: max(v[k] for _, v in pool) for k in WEIGHTS} if pool else {}
    for k in WEIGHTS:
        if pool and lo[k] == hi[k]:
            warnings.append({'code': 'no_spread', 'subjects': [k]})
    totals = []
    for row, values in pool:
        base = F(0)
        for k, w in WEIGHTS.items():
            if lo[k] == hi[k]:
                base += w if no_spread == 'full_weight' else 0  # D2
            else:
                base += (values[k] - lo[k]) / (hi[k] - lo[k]) * w  # R4
        totals.append((row['uscc'], base + bonus(row)))  # R9
    results = []
    for uscc, total in totals:
        rank = 1 + sum(1 for _, other in totals if other > total)  # D1 competition ranking
        tied = sum(1 for _, other in totals if other == total)
        results.append({'uscc': uscc, 'total': total, 'rank': rank, 'stars': stars_for(rank),
                        'tied': tied})
    results.sort(key=lambda r: (r['rank'], r['uscc']))
    seen = set()
    for r in results:  # D1: a tie group straddling an edge is flagged, once per group
        first, last = r['rank'], r['rank'] + r['tied'] - 1
        if r['rank'] not in seen and any(first <= e < last for e, _ in EDGES):
            group = [o['uscc'] for o in results if o['rank'] == r['rank']]
            warnings.append({'code': 'boundary_tie', 'subjects': group})
        seen.add(r['rank'])
    if unscored:
        warnings.append({'code': 'unscored', 'subjects': [u['uscc'] for u in unscored]})
    return {'results': results, 'unscored': unscored, 'warnings': warnings}
