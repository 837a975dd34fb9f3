"""Writes the worked cases of water-source-compensation (the *.yaml files beside this script).

Run from this directory:  python3 build_cases.py  (then `npx prettier --write` on the YAML).

Every expected allocation comes from reference.py (the rules implemented with fractions.Fraction,
independently of the TypeScript code); where a case has a `hand` formula, it is evaluated too and
must agree with the reference before the file is written, and it is copied into the YAML header as
the check used. Error cases list their issues by hand from the interchange-file rules.
"""

import ast
import os
import random
from fractions import Fraction as F

import yaml

from reference import BASE, RECEIVERS, REWARD, allocate, contributions

R, W, T, O = RECEIVERS  # 瑞安市, 文成县, 泰顺县, 瓯海区
HERE = os.path.dirname(os.path.abspath(__file__))


def fac(pza, ca, pop, wa):
    return {'primary_zone_area': pza, 'catchment_area': ca, 'population': pop, 'water_area': wa}


def ass(wq, gr, m, p):
    return {'water_quality': wq, 'green_rate': gr, 'management': m, 'performance': p}


EQUAL = fac('1', '1', '1', '1')
# 文成 90 > 泰顺 87.5 (group A); 瓯海 91.5 > 瑞安 90.5 (group B)
STD_ASSESS = {R: ass('45', '0.9', '14', '4.5'), W: ass('48', '0.8', '13', '5'),
              T: ass('46', '0.85', '12', '4'), O: ass('44', '0.95', '15', '4')}


def doc(factors, assessment=None, year=2024, note=None):
    d = {'year': year, 'factors': factors, 'assessment': assessment or STD_ASSESS}
    if note is not None:
        d = {'note': note, **d}
    return d


CASES = []


def case(file, title, rules, document, hand=None, exact=False, with_contributions=False,
         error=None, input_text=None, plain_rounding=None):
    CASES.append(dict(file=file, title=title, rules=rules, doc=document, hand=hand, exact=exact,
                      with_contributions=with_contributions, error=error, input_text=input_text,
                      plain_rounding=plain_rounding))


# ---------------------------------------------------------------- W5: each weight isolated
# One factor differs (3 : 1 : 0 : 0); the other three are equal, so they split their 95 %, 55 %…
# in quarters. The receiver's base is then easy to redo by hand.
for key, weight, label in [('primary_zone_area', 5, '一级水源保护区 5%'),
                           ('catchment_area', 45, '集雨区面积 45%'),
                           ('population', 30, '人口 30%'),
                           ('water_area', 20, '水域面积 20%')]:
    factors = {c: dict(EQUAL) for c in RECEIVERS}
    for c, figure in zip(RECEIVERS, ['3', '1', '0', '0']):
        factors[c][key] = figure
    case(f'w5-weight-{key.replace("_", "-")}.yaml',
         f'权重 — {label} isolated: only this factor differs, 3 : 1 : 0 : 0 (W5)',
         ['W5'], doc(factors), exact=True,
         hand=f"""pool = F(BASE * {weight}, 100); rest = (BASE - pool) / 4
{{('{R}', 'base_exact'): pool * F(3, 4) + rest,
 ('{W}', 'base_exact'): pool * F(1, 4) + rest,
 ('{T}', 'base_exact'): rest, ('{O}', 'base_exact'): rest}}""")

# ---------------------------------------------------------------- W5: shares, non-terminating
case('w5-shares-nonterminating.yaml',
     '占比 — four factors with real-sized figures and non-terminating shares (W5, WD1)',
     ['W5', 'WD1'],
     doc({R: fac('12.5', '310.2', '81234', '9.8'), W: fac('20.75', '1022.6', '120337', '31.4'),
          T: fac('15.3', '1150.05', '158003', '26.9'), O: fac('6.1', '118.7', '64212', '3.35')}),
     exact=True,
     hand=f"""fig = {{'{R}': ('12.5', '310.2', 81234, '9.8'), '{W}': ('20.75', '1022.6', 120337, '31.4'),
       '{T}': ('15.3', '1150.05', 158003, '26.9'), '{O}': ('6.1', '118.7', 64212, '3.35')}}
tot = [sum(F(fig[c][i]) for c in fig) for i in range(4)]
w = [5, 45, 30, 20]
{{(c, 'base_exact'): sum(F(BASE * w[i], 100) * F(fig[c][i]) / tot[i] for i in range(4)) for c in fig}}""")

case('w5-zero-figure.yaml',
     '占比 — a receiver with no primary protection zone gets nothing from that factor (W5)',
     ['W5'],
     doc({R: fac('0', '1', '1', '1'), W: fac('2', '1', '1', '1'), T: fac('2', '1', '1', '1'),
          O: fac('4', '1', '1', '1')}),
     exact=True,
     hand=f"""rest = F(BASE * 95, 100) / 4
{{('{R}', 'base_exact'): rest, ('{W}', 'base_exact'): rest + F(7_000_000, 4),
 ('{T}', 'base_exact'): rest + F(7_000_000, 4), ('{O}', 'base_exact'): rest + F(7_000_000, 2)}}""")

# ---------------------------------------------------------------- WD1: largest remainder
# Equal thirds: 46,666,666.666… each; floors 46,666,666.66 × 3 leave 2 fen. Half-up rounding
# would give 46,666,666.67 × 3 = 140,000,000.01: one fen too many.
thirds_first = {c: fac('1', '1', '1', '1') for c in RECEIVERS}
thirds_first[O] = fac('0', '0', '0', '0')
case('wd1-plain-rounding-gains-a-fen.yaml',
     '尾差 — half-up would pay 140,000,000.01; largest remainder gives the 2 fen to 瑞安市, 文成县 (WD1)',
     ['WD1', 'W5'], doc(thirds_first), exact=True, plain_rounding=+1,
     hand=f"""third = F(BASE, 3)  # 46,666,666.666…
{{('{R}', 'base'): '46666666.67', ('{W}', 'base'): '46666666.67', ('{T}', 'base'): '46666666.66',
 ('{O}', 'base'): '0.00', ('{R}', 'base_exact'): third}}""")

# The same thirds among the last three: the fen go by the order of W1 (文成县, 泰顺县), not by
# the order of the file, which lists 瓯海区 first.
thirds_last = {O: fac('1', '1', '1', '1'), T: fac('1', '1', '1', '1'), W: fac('1', '1', '1', '1'),
               R: fac('0', '0', '0', '0')}
case('wd1-tie-order-of-w1.yaml',
     '尾差相同 — equal remainders take the extra fen in the order of W1, not of the file (WD1)',
     ['WD1'], doc(thirds_last), exact=True,
     hand=f"""{{('{W}', 'base'): '46666666.67', ('{T}', 'base'): '46666666.67', ('{O}', 'base'): '46666666.66',
 ('{R}', 'base'): '0.00'}}""")

case('wd1-exact-no-rounding.yaml',
     '尾差 — amounts that are whole fen are not touched (WD1)',
     ['WD1', 'W5'], doc({c: dict(EQUAL) for c in RECEIVERS}), exact=True,
     hand=f"""{{(c, 'base'): '35000000.00' for c in {RECEIVERS!r}}}""")


def search(sign, seed):
    """Small figures for which plain half-up rounding of the bases misses the total by `sign` fen."""
    rnd = random.Random(seed)
    while True:
        factors = {c: fac(str(rnd.randint(1, 97)), str(rnd.randint(1, 97)), str(rnd.randint(1, 97)),
                          str(rnd.randint(1, 97))) for c in RECEIVERS}
        result = allocate(doc(factors))
        if result['half_up_base_sum'] - BASE * 100 == sign:
            return factors


case('wd1-plain-rounding-gains-a-fen-2.yaml',
     '尾差 — figures where half-up would pay one fen too many (WD1)',
     ['WD1'], doc(search(+1, 11)), exact=True, plain_rounding=+1)
case('wd1-plain-rounding-loses-a-fen.yaml',
     '尾差 — figures where half-up would pay one fen too few (WD1)',
     ['WD1'], doc(search(-1, 12)), exact=True, plain_rounding=-1)

# ---------------------------------------------------------------- W6, W7: groups and places
case('w6-group-a-wencheng-first-group-b-ouhai-first.yaml',
     '奖励 — 文成县 first in A (11,000,000), 瓯海区 first in B (6,000,000) (W6, W7)',
     ['W6', 'W7'], doc({c: dict(EQUAL) for c in RECEIVERS}), exact=True,
     hand=f"""{{('{W}', 'reward_exact'): F(11_000_000), ('{T}', 'reward_exact'): F(9_000_000),
 ('{O}', 'reward_exact'): F(6_000_000), ('{R}', 'reward_exact'): F(4_000_000),
 ('{R}', 'score_exact'): 45 + F('0.9') * 30 + 14 + F('4.5')}}""")

case('w6-group-a-taishun-first-group-b-ruian-first.yaml',
     '奖励 — 泰顺县 first in A, 瑞安市 first in B (W6, W7)',
     ['W6', 'W7'],
     doc({c: dict(EQUAL) for c in RECEIVERS},
         {R: ass('49', '0.96', '15', '5'), W: ass('41.5', '0.7', '11', '3.5'),
          T: ass('47', '0.88', '14.5', '4.5'), O: ass('40', '0.6', '10', '3')}),
     exact=True,
     hand=f"""{{('{T}', 'reward_exact'): F(11_000_000), ('{W}', 'reward_exact'): F(9_000_000),
 ('{R}', 'reward_exact'): F(6_000_000), ('{O}', 'reward_exact'): F(4_000_000),
 ('{R}', 'score_exact'): 49 + F('0.96') * 30 + 15 + 5}}""")

# ---------------------------------------------------------------- WD2: ties within a group
case('wd2-tie-in-group-a.yaml',
     '并列 — 文成县 and 泰顺县 tie: (11,000,000 + 9,000,000) ÷ 2 each, flagged (WD2)',
     ['WD2', 'W6'],
     doc({c: dict(EQUAL) for c in RECEIVERS},
         {R: ass('45', '0.9', '14', '4.5'), W: ass('46', '0.85', '12', '4'),
          T: ass('45', '0.9', '11.5', '4'), O: ass('44', '0.95', '15', '4')}),
     exact=True,
     hand=f"""# 文成: 46 + 25.5 + 12 + 4 = 87.5; 泰顺: 45 + 27 + 11.5 + 4 = 87.5
{{('{W}', 'reward_exact'): F(11_000_000 + 9_000_000, 2), ('{T}', 'reward_exact'): F(10_000_000)}}""")

case('wd2-tie-in-group-b.yaml',
     '并列 — 瑞安市 and 瓯海区 tie: (6,000,000 + 4,000,000) ÷ 2 each, flagged (WD2)',
     ['WD2', 'W6'],
     doc({c: dict(EQUAL) for c in RECEIVERS},
         {R: ass('45', '0.9', '14', '4.5'), W: ass('48', '0.8', '13', '5'),
          T: ass('46', '0.85', '12', '4'), O: ass('44', '0.95', '14', '4')}),
     exact=True,
     hand=f"""# 瑞安: 45 + 27 + 14 + 4.5 = 90.5; 瓯海: 44 + 28.5 + 14 + 4 = 90.5
{{('{R}', 'reward_exact'): F(5_000_000), ('{O}', 'reward_exact'): F(5_000_000)}}""")

case('wd2-ties-in-both-groups.yaml',
     '并列 — every receiver has the same score: both groups tie, two flags (WD2)',
     ['WD2', 'W6'],
     doc({c: dict(EQUAL) for c in RECEIVERS}, {c: ass('45', '0.9', '14', '4.5') for c in RECEIVERS}),
     exact=True,
     hand=f"""{{('{W}', 'reward_exact'): F(10_000_000), ('{T}', 'reward_exact'): F(10_000_000),
 ('{R}', 'reward_exact'): F(5_000_000), ('{O}', 'reward_exact'): F(5_000_000)}}""")

case('wd2-no-tie-by-exact-score.yaml',
     '并列 — scores equal to four places but not exactly: no tie, ranked by the exact score (W7, WD2)',
     ['W7', 'WD2'],
     doc({c: dict(EQUAL) for c in RECEIVERS},
         {R: ass('45', '0.9', '14', '4.5'), W: ass('40', '0.333334', '15', '5'),
          T: ass('40', '0.5', '10', '5'), O: ass('44', '0.95', '15', '4')}),
     exact=True,
     hand=f"""# 文成 40 + 10.00002 + 15 + 5 = 70.00002, shown '70.0000'; 泰顺 40 + 15 + 10 + 5 = 70 exactly
{{('{W}', 'score_exact'): 40 + F('0.333334') * 30 + 15 + 5, ('{W}', 'reward_exact'): F(11_000_000)}}""")

# ---------------------------------------------------------------- W7: the score
case('w7-score-green-rate.yaml',
     '考核得分 — green rate × 30, full and empty rates, non-terminating display (W7)',
     ['W7'],
     doc({c: dict(EQUAL) for c in RECEIVERS},
         {R: ass('47.5', '0.912', '14', '4.5'), W: ass('50', '1', '15', '5'),
          T: ass('0', '0', '0', '0'), O: ass('33.33', '0.33333', '7.5', '2.25')}),
     exact=True,
     hand=f"""{{('{R}', 'score_exact'): F('47.5') + F('0.912') * 30 + 14 + F('4.5'),  # 93.36
 ('{W}', 'score_exact'): F(100), ('{T}', 'score_exact'): F(0),
 ('{O}', 'score_exact'): F('33.33') + F('0.33333') * 30 + F('7.5') + F('2.25')}}  # 53.0799""")

# ---------------------------------------------------------------- W2, WD4: contributions
case('wd4-contributions.yaml',
     '资金筹集 — ten payers, 70,000,000; 温州湾新区 7,800,000 inside 龙湾区, not added (W2, WD4)',
     ['W2', 'WD4'], doc({c: dict(EQUAL) for c in RECEIVERS}), with_contributions=True)

# ---------------------------------------------------------------- random, reference only
for n, seed in enumerate([101, 202, 303, 404], start=1):
    rnd = random.Random(seed)

    def dec(lo, hi, places):
        value = rnd.randint(lo * 10**places, hi * 10**places)
        return str(value) if places == 0 else f'{value // 10**places}.{value % 10**places:0{places}d}'

    factors = {c: fac(dec(1, 60, 2), dec(100, 1500, 2), dec(5000, 200000, 0), dec(1, 40, 2))
               for c in RECEIVERS}
    assessment = {c: ass(dec(30, 49, 1), f'0.{rnd.randint(500, 999)}', dec(8, 14, 1), dec(2, 4, 1))
                  for c in RECEIVERS}
    case(f'random-{n}.yaml', f'随机 — seeded random figures #{n}, reference only (W5-W7, WD1)',
         ['random', 'W5', 'W7', 'WD1'], doc(factors, assessment), exact=True)

# ---------------------------------------------------------------- WD3 and file errors
zero_water = {c: fac('1', '1', '1', '0') for c in RECEIVERS}
case('wd3-zero-total.yaml', '零合计 — water area 0 everywhere: the run stops naming the factor (WD3)',
     ['WD3'], doc(zero_water), error=[{'column': 'factors.*.water_area', 'code': 'factor_total_zero'}])

two_zero = {c: fac('0', '1', '0', '1') for c in RECEIVERS}
case('wd3-two-zero-totals.yaml', '零合计 — two factors at 0: both named at once (WD3)',
     ['WD3'], doc(two_zero),
     error=[{'column': 'factors.*.primary_zone_area', 'code': 'factor_total_zero'},
            {'column': 'factors.*.population', 'code': 'factor_total_zero'}])


def good():
    return doc({c: dict(EQUAL) for c in RECEIVERS}, {c: dict(STD_ASSESS[c]) for c in RECEIVERS})


d = good(); del d['year']
case('error-missing-year.yaml', '文件错误 — no year', ['file'], d,
     error=[{'column': 'year', 'code': 'missing_year'}])

d = good(); d['year'] = 2026
case('error-year-not-covered.yaml', '文件错误 — 2026 is outside 2023-2025 (28号 第七条)', ['file', 'W2'],
     d, error=[{'column': 'year', 'code': 'year_not_covered'}])

d = good(); d['year'] = '二〇二四'
case('error-not-a-year.yaml', '文件错误 — the year is not four digits', ['file'], d,
     error=[{'column': 'year', 'code': 'not_a_year'}])

d = good(); del d['factors'][T]
case('error-missing-receiver.yaml', '文件错误 — 泰顺县 missing from factors', ['file', 'W1'], d,
     error=[{'column': f'factors.{T}', 'code': 'missing_receiver'}])

d = good()
d['factors'] = {('瑞安' if c == R else c): v for c, v in d['factors'].items()}
d['assessment']['苍南县'] = ass('45', '0.9', '14', '4.5')
case('error-unknown-county.yaml',
     '文件错误 — “瑞安” for 瑞安市, and 苍南县 (a jurisdiction, not a receiver)', ['file', 'W1'], d,
     error=[{'column': 'factors.瑞安', 'code': 'unknown_county'},
            {'column': f'factors.{R}', 'code': 'missing_receiver'},
            {'column': 'assessment.苍南县', 'code': 'unknown_county'}])

d = good(); d['factors'][W]['catchment_area'] = '-3'; d['factors'][O]['water_area'] = '-0.01'
case('error-negative-area.yaml', '文件错误 — negative areas', ['file'], d,
     error=[{'column': f'factors.{W}.catchment_area', 'code': 'negative_value'},
            {'column': f'factors.{O}.water_area', 'code': 'negative_value'}])

d = good(); d['factors'][R]['population'] = '-100'
case('error-negative-population.yaml', '文件错误 — a negative population', ['file'], d,
     error=[{'column': f'factors.{R}.population', 'code': 'negative_value'}])

d = good(); d['factors'][R]['population'] = '81234.5'
case('error-population-not-whole.yaml', '文件错误 — half a person', ['file'], d,
     error=[{'column': f'factors.{R}.population', 'code': 'not_a_whole_number'}])

d = good()
d['factors'][R]['catchment_area'] = '1,022.6'
d['factors'][W]['population'] = '十二万'
d['assessment'][T]['water_quality'] = '47.5分'
case('error-not-a-number.yaml', '文件错误 — thousands separator, Chinese numerals, a unit', ['file'], d,
     error=[{'column': f'factors.{R}.catchment_area', 'code': 'not_a_number'},
            {'column': f'factors.{W}.population', 'code': 'not_a_number'},
            {'column': f'assessment.{T}.water_quality', 'code': 'not_a_number'}])

d = good(); d['factors'][R]['population'] = 81234
case('error-number-not-string.yaml', '文件错误 — a JSON number instead of a decimal string', ['file'], d,
     error=[{'column': f'factors.{R}.population', 'code': 'number_not_string'}])

d = good(); d['factors'][R]['water_area'] = ''
case('error-missing-value.yaml', '文件错误 — an empty figure', ['file'], d,
     error=[{'column': f'factors.{R}.water_area', 'code': 'missing_value'}])

d = good()
d['assessment'][R]['water_quality'] = '50.5'
d['assessment'][W]['management'] = '16'
d['assessment'][T]['performance'] = '5.01'
case('error-score-above-maximum.yaml', '文件错误 — scores above 50, 15 and 5 (W7)', ['file', 'W7'], d,
     error=[{'column': f'assessment.{R}.water_quality', 'code': 'above_maximum'},
            {'column': f'assessment.{W}.management', 'code': 'above_maximum'},
            {'column': f'assessment.{T}.performance', 'code': 'above_maximum'}])

d = good(); d['assessment'][O]['performance'] = '-1'
case('error-score-below-zero.yaml', '文件错误 — a negative performance score (W7, W9)', ['file', 'W7'], d,
     error=[{'column': f'assessment.{O}.performance', 'code': 'below_zero'}])

d = good()
d['assessment'][R]['green_rate'] = '91.2'
d['assessment'][W]['green_rate'] = '-0.1'
d['assessment'][T]['green_rate'] = '1.0001'
case('error-green-rate-out-of-range.yaml', '文件错误 — green rates 91.2 (a percentage), -0.1, 1.0001 (W7)',
     ['file', 'W7'], d,
     error=[{'column': f'assessment.{R}.green_rate', 'code': 'rate_out_of_range'},
            {'column': f'assessment.{W}.green_rate', 'code': 'rate_out_of_range'},
            {'column': f'assessment.{T}.green_rate', 'code': 'rate_out_of_range'}])

d = good(); d['factors'][T]['populaton'] = d['factors'][T].pop('population')
case('error-unknown-field.yaml', '文件错误 — a misspelt field name', ['file'], d,
     error=[{'column': f'factors.{T}.populaton', 'code': 'unknown_field'},
            {'column': f'factors.{T}.population', 'code': 'missing_value'}])

case('error-not-json.yaml', '文件错误 — the file is not JSON', ['file'], None,
     input_text='{"year": 2024, "factors": {', error=[{'code': 'not_json'}])

d = good(); del d['assessment']
case('error-missing-assessment.yaml', '文件错误 — no assessment section', ['file'], d,
     error=[{'column': 'assessment', 'code': 'missing_field'}])

d = good()
del d['year']
d['factors'][R]['population'] = '-5'
d['factors'][W]['catchment_area'] = 'N/A'
del d['factors'][O]
d['assessment'][T]['green_rate'] = '1.5'
d['assessment'][O]['water_quality'] = '51'
d['assessment']['温州'] = ass('1', '0.1', '1', '1')
case('error-several-at-once.yaml', '文件错误 — several problems in one file, all reported', ['file'], d,
     error=[{'column': 'year', 'code': 'missing_year'},
            {'column': f'factors.{R}.population', 'code': 'negative_value'},
            {'column': f'factors.{W}.catchment_area', 'code': 'not_a_number'},
            {'column': f'factors.{O}', 'code': 'missing_receiver'},
            {'column': 'assessment.温州', 'code': 'unknown_county'},
            {'column': f'assessment.{T}.green_rate', 'code': 'rate_out_of_range'},
            {'column': f'assessment.{O}.water_quality', 'code': 'above_maximum'}])


# ---------------------------------------------------------------- writing
def check_hand(c, result):
    if not c['hand']:
        return
    # The hand text is statements ending in one expression: run the statements, evaluate the end.
    tree = ast.parse(c['hand'])
    scope = {'F': F, 'BASE': BASE, 'REWARD': REWARD}
    exec(compile(ast.Module(body=tree.body[:-1], type_ignores=[]), c['file'], 'exec'), scope)
    expected = eval(compile(ast.Expression(body=tree.body[-1].value), c['file'], 'eval'), scope)
    by = {a['county']: a for a in result['allocations']}
    for (county, field), value in expected.items():
        got = by[county][field]
        want = str(value) if isinstance(value, (int, F)) else value
        assert got == want, (c['file'], county, field, got, want)


def write(c):
    lines = [f"# {c['title']}"]
    if c['error'] is None:
        result = allocate(c['doc'])
        check_hand(c, result)
        base_fen_sum = sum(int(a['base'].replace('.', '')) for a in result['allocations'])
        assert base_fen_sum == BASE * 100
        if c['plain_rounding'] is not None:
            assert result['half_up_base_sum'] - BASE * 100 == c['plain_rounding'], c['file']
            lines.append(f"# Half-up rounding of each base would sum to {result['half_up_base_sum'] - BASE * 100:+d} fen "
                         'off 140,000,000.00; the largest remainder sums exactly.')
        if c['hand']:
            lines.append('# Hand check (Python 3, F = fractions.Fraction); build_cases.py asserts it equals')
            lines.append('# reference.py, which implements the rules independently of the TypeScript code:')
            lines += [f'#   {line}' for line in c['hand'].splitlines()]
        else:
            lines.append('# Expected values from reference.py (fractions.Fraction), not from the TypeScript code.')
        keep = ['county', 'base', 'reward', 'total', 'score', 'place']
        if c['exact']:
            keep += ['base_exact', 'score_exact', 'reward_exact']
        expect = {'allocations': [{k: a[k] for k in keep} for a in result['allocations']],
                  'warnings': result['warnings']}
        if c['with_contributions']:
            expect['contributions'] = contributions()
    else:
        expect = {'error': c['error']}
        lines.append('# Issues listed by hand from the interchange-file rules.')
    body = {'title': c['title'], 'rules': c['rules']}
    if c['input_text'] is not None:
        body['input_text'] = c['input_text']
    else:
        body['input'] = c['doc']
    body['expect'] = expect
    text = '\n'.join(lines) + '\n' + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
    with open(os.path.join(HERE, c['file']), 'w', encoding='utf-8') as out:
        out.write(text)


if __name__ == '__main__':
    for old in os.listdir(HERE):
        if old.endswith('.yaml'):
            os.remove(os.path.join(HERE, old))
    for c in CASES:
        write(c)
    print(f'{len(CASES)} cases written')
