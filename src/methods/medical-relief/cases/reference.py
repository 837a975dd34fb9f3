"""Independent reference for the worked cases of medical-relief, written from the rules in
shared/methods/medical-relief.md (M1-M4, MD1-MD4) and 温政办〔2023〕90号, NOT from the TypeScript code.

Exact arithmetic with fractions.Fraction; amounts in yuan. Used by build_cases.py, which also checks
each case against hand-written figures before writing it.
"""

from fractions import Fraction as F

THRESHOLD = F(120000)  # M3, 90号 三(五): the part above 12万 is relieved
CAP = F(100000)        # M3: at most 10万 per family (per calendar year, MD1)
WATCH = F(60000)       # MD3 default: "passes 60,000" = strictly above
RELIEF_DUE = F(120000)  # MD3 default
COVERED = 2            # M1, 90号 二: the second category; MD4: others left out
PILOT = ['永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '洞头区']  # M2, 90号 一
FIRST_YEAR = 2024      # M2: pilot from 2024; 90号 in force from 2024-02-01
CITY_FUND = F(20000000)  # M4, 90号 三(五)
MATCH = F(1)             # M4: 1 : 1
PARTICIPATION = F(995, 1000)  # M2 target: 99.5 %
ORDER = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '乐清市', '瑞安市', '永嘉县', '文成县', '平阳县',
         '泰顺县', '苍南县', '龙港市', '温州海经区']
LEVELS = ['none', 'watch', 'relief_due', 'uninsured']


def relief(cost):
    return min(max(cost - THRESHOLD, F(0)), CAP)


def level(cost, insured, members, watch=WATCH, due=RELIEF_DUE):
    if cost > due:
        return 'relief_due'
    if insured < members:
        return 'uninsured'
    if cost > watch:
        return 'watch'
    return 'none'


def fen(value):
    """Two decimals, exactly; the value must be whole fen (MD2)."""
    cents = value * 100
    assert cents.denominator == 1, value
    n = cents.numerator
    return f"{'-' if n < 0 else ''}{abs(n) // 100}.{abs(n) % 100:02d}"


def run(rows, year, watch=WATCH, due=RELIEF_DUE):
    """rows: dicts of the interchange file (strings). Returns families, counties, total, warnings."""
    if year < FIRST_YEAR:
        return {'error': [{'code': 'year_before_pilot'}]}
    covered = [r for r in rows if int(r['category']) == COVERED]
    excluded = [r for r in rows if int(r['category']) != COVERED]
    families = []
    for r in covered:
        cost = F(r['out_of_pocket'])
        families.append({'family_id': r['family_id'], 'county': r['county'], 'relief': relief(cost),
                         'warning': level(cost, int(r['insured_members']), int(r['members']), watch, due),
                         'cost': cost, 'members': int(r['members']), 'insured': int(r['insured_members'])})

    def totals(group):
        return {'families': len(group), 'members': sum(f['members'] for f in group),
                'insured_members': sum(f['insured'] for f in group),
                'out_of_pocket': sum((f['cost'] for f in group), F(0)),
                'relief': sum((f['relief'] for f in group), F(0)),
                'levels': {lv: sum(1 for f in group if f['warning'] == lv) for lv in LEVELS}}

    counties = []
    for c in ORDER:
        group = [f for f in families if f['county'] == c]
        if group:
            counties.append(dict(county=c, pilot=c in PILOT, **totals(group)))
    warnings = []
    if year == FIRST_YEAR:  # in force from 1 February, not 1 January
        warnings.append({'code': 'took_effect_during_year', 'subjects': []})
    if excluded:
        warnings.append({'code': 'outside_category', 'subjects': [r['family_id'] for r in excluded]})
    for c in counties:
        if not c['pilot']:
            warnings.append({'code': 'outside_pilot',
                             'subjects': [f['family_id'] for f in families if f['county'] == c['county']]})
    for c in counties:
        if c['members'] and F(c['insured_members'], c['members']) < PARTICIPATION:
            warnings.append({'code': 'participation_below_target', 'subjects': [c['county']]})
    pilot_relief = sum((c['relief'] for c in counties if c['pilot']), F(0))
    if pilot_relief > CITY_FUND * (1 + MATCH):
        warnings.append({'code': 'funding_exceeded', 'subjects': []})
    if not families:
        warnings.append({'code': 'no_family_relieved', 'subjects': []})
    return {'families': families, 'counties': counties, 'total': totals(families), 'warnings': warnings}
