"""Writes the worked cases of hq-star-rating (the *.yaml files beside this script).

Run from this directory:  python3 build_cases.py  (then `npx prettier --write` on the YAML).

Every expected value comes from two independent sources that must agree before a file is
written: reference.py (the rules implemented with fractions.Fraction) and a hand formula per
case (the `hand` text, copied verbatim into the YAML header as the check used). Nothing here
runs or imports the TypeScript implementation. Error cases list their issues by hand from the
interchange-file rules.
"""

import os
import random
from fractions import Fraction as F

from reference import half_up, rate

# syntheticUscc(1..130) from src/engine/china/uscc.ts, generated once and pasted; each one is
# re-checked below against GB 32100-2015 with an independent Python check-character routine.
C = [
    '91330300MA07YARR9W', '91330300MA0FXMLK8K', '91330300MA0PX1FD4Q', '91330300MA10WCA772', '91330300MA18UP518Y',
    '91330300MA1GU2YT6D', '91330300MA1QTDRLXE', '91330300MA21RQLE8D', '91330300MA29R4F88Y', '91330300MA2HQFA29U',
    '91330300MA2RPT4U17', '91330300MA32P5YM0L', '91330300MA3ANGRF5X', '91330300MA3JMUL994', '91330300MA3TM7F38J',
    '91330300MA43LJ9W2A', '91330300MA4BKX4N7K', '91330300MA4KK8YG08', '91330300MA4UJKRA3B', '91330300MA54HYL415',
    '91330300MA5CHAEX6G', '91330300MA5LGM9P44', '91330300MA5WG14HX3', '91330300MA65FBYB02', '91330300MA6DENR51Y',
    '91330300MA6ME2KY57', '91330300MA6XDDEQ64', '91330300MA76CQ9J4X', '91330300MA7EC44C29', '91330300MA7NBEY642',
    '91330300MA7YARR00F', '91330300MA87A5KR4X', '91330300MA8F9GEK0B', '91330300MA8P8U9D3E', '91330300MA9087479Q',
    '91330300MA987HY1X9', '91330300MA9G6WQT0K', '91330300MA9Q68KL05', '91330300MAA15KEE18', '91330300MAA94Y980Y',
    '91330300MAAH4A421K', '91330300MAAR3LXU99', '91330300MAB230QM05', '91330300MABA2BKF7L', '91330300MABJ1NE958',
    '91330300MABT12936W', '91330300MAC30D3W8D', '91330300MACAYPXNXE', '91330300MACJY3QG6Q', '91330300MACTXEKA26',
    '91330300MAD3WRE439', '91330300MADBW58XXM', '91330300MADKUG3PXF', '91330300MADUTTXH4L', '91330300MAE4T6QB6J',
    '91330300MAECRHK559', '91330300MAELQWDY11', '91330300MAEWQ88Q9B', '91330300MAF5PK3J4U', '91330300MAFDNXXCXU',
    '91330300MAFMN9Q69F', '91330300MAFXMLK099', '91330300MAG6M0DR5Y', '91330300MAGELB8K82', '91330300MAGNKN3D4F',
    '91330300MAGYK1X760', '91330300MAH7JCQ14R', '91330300MAHFHPJT0H', '91330300MAHPH3DL6M', '91330300MAJ0GE8E29',
    '91330300MAJ8FR389Q', '91330300MAJGF4X25N', '91330300MAJQEFPU71', '91330300MAK1DTJM5T', '91330300MAK9D6DF49',
    '91330300MAKHCH8956', '91330300MAKRBW339C', '91330300MAL2B7WW1E', '91330300MALAAJPN8X', '91330300MALJ9XJG38',
    '91330300MALT99DAXA', '91330300MAM38L844W', '91330300MAMB802X3M', '91330300MAMK7AWP9T', '91330300MAMU6MPH58',
    '91330300MAN461JB9C', '91330300MANC5CD53K', '91330300MANL4P7Y0E', '91330300MANW432Q39', '91330300MAP53DWJ8H',
    '91330300MAPD2QPC3U', '91330300MAPM24J64G', '91330300MAPX1FD011', '91330300MAQ60T7R4L', '91330300MAQE062KXK',
    '91330300MAQMYGWD33', '91330300MAQXXUP72R', '91330300MAR6X7J1X5', '91330300MAREWJCT9B', '91330300MARNUX7L7Y',
    '91330300MARYU92E21', '91330300MAT7TKW88C', '91330300MATFRYP299', '91330300MATPRAHU09', '91330300MAU0QMCMX3',
    '91330300MAU8Q17F0T', '91330300MAUGPC291P', '91330300MAUQNNW31A', '91330300MAW1N2NW5Q', '91330300MAW9MDHN5J',
    '91330300MAWHLQCG36', '91330300MAWRL47A1H', '91330300MAX2KF244T', '91330300MAXAJRUX4P', '91330300MAXJJ5NP23',
    '91330300MAXTHGHH7C', '91330300MAY3GUCB7C', '91330300MAYBG77508', '91330300MAYKFJ1Y5U', '91330300MAYUEWUQ38',
    '91330300MA04E8NJ0N', '91330300MA0CDKHCXA', '91330300MA0LCYC6X4', '91330300MA0WCA7035', '91330300MA15BM1R06',
    '91330300MA1DB0UK50', '91330300MA1MABND6W', '91330300MA1X9NH76N', '91330300MA2692C15B', '91330300MA2E8D6T8Q',
]

CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'


def uscc_ok(code):
    """GB 32100-2015 check character and GB 11714 organisation check, written independently."""
    if len(code) != 18 or any(ch not in CHARSET for ch in code):
        return False
    body = code[8:16]
    org = sum(int(ch, 36) * w for ch, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - org % 11
    if code[16] != {10: 'X', 11: '0'}.get(c9, str(c9)):
        return False
    total = sum(CHARSET.index(ch) * pow(3, i, 31) for i, ch in enumerate(code[:17]))
    return code[17] == CHARSET[(31 - total % 31) % 31]


assert all(uscc_ok(code) for code in C) and len(set(C)) == len(C)

COUNTIES = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '乐清市', '瑞安市', '永嘉县', '文成县', '平阳县',
            '泰顺县', '苍南县', '龙港市', '温州海经区']
NAMES = '甲乙丙丁戊己庚辛壬癸'
KEYS = ['uscc', 'name', 'county', 'revenue_2y', 'contribution_2y', 'rd_2y', 'pension_payers',
        'tax_filers', 'top500', 'listings_3y']


def e(i, name, rev, con, rd, pay, fil, top='', lst='', county=None):
    """One interchange row; C[i] is its credit code. Empty top500/listings_3y are left out."""
    row = {'uscc': C[i % len(C)], 'name': name, 'county': county or COUNTIES[i % 13], 'revenue_2y': rev,
           'contribution_2y': con, 'rd_2y': rd, 'pension_payers': pay, 'tax_filers': fil}
    if top != '':
        row['top500'] = top
    if lst != '':
        row['listings_3y'] = lst
    return row


def dec2(value):
    """A Fraction with at most two decimals, written out exactly."""
    cents = value * 100
    assert cents.denominator == 1 and cents >= 0
    return f'{cents.numerator // 100}.{cents.numerator % 100:02d}'


def co(n):
    """Company name n: 甲公司, 乙公司 … then 企业11 …"""
    return f'{NAMES[n]}公司' if n < len(NAMES) else f'企业{n + 1:02d}'


CASES = []


def case(file, title, rules, rows, hand=None, settings=None, exact=False, subjects=False,
         error=None, columns=None, note=None):
    CASES.append(dict(file=file, title=title, rules=rules, rows=rows, hand=hand,
                      settings=settings or {}, exact=exact, subjects=subjects, error=error,
                      columns=columns, note=note))


# ---------------------------------------------------------------- R3, R4: the four weights
# Only one indicator differs; the other three have no spread, so each gives its full weight (D2).
case('r3-weight-revenue-30.yaml', '权重 — revenue weight 30, the only indicator that differs (R3, R4)',
     ['R3', 'R4', 'D2'],
     [e(0, '甲公司', '0', '2', '300', '80', '100'),
      e(1, '乙公司', '12.5', '2', '300', '80', '100'),
      e(2, '丙公司', '50', '2', '300', '80', '100')],
     hand="""rest = 50 + 10 + 10  # contribution, R&D, pension: no spread, full weight (D2)
{'甲公司': rest + (F('0') - 0) / (50 - 0) * 30,
 '乙公司': rest + (F('12.5') - 0) / (50 - 0) * 30,  # 7.5
 '丙公司': rest + (F('50') - 0) / (50 - 0) * 30}""")

case('r3-weight-contribution-50.yaml', '权重 — local contribution weight 50 (R3, R4)',
     ['R3', 'R4', 'D2'],
     [e(3, '甲公司', '20', '1', '300', '80', '100'),
      e(4, '乙公司', '20', '4', '300', '80', '100'),
      e(5, '丙公司', '20', '9', '300', '80', '100')],
     hand="""rest = 30 + 10 + 10
{'甲公司': rest + (F(1) - 1) / (9 - 1) * 50,
 '乙公司': rest + (F(4) - 1) / (9 - 1) * 50,  # 18.75
 '丙公司': rest + (F(9) - 1) / (9 - 1) * 50}""")

case('r3-weight-rd-10.yaml', '权重 — R&D weight 10, in 万元 (R3, R4)',
     ['R3', 'R4', 'D2'],
     [e(6, '甲公司', '20', '3', '100', '80', '100'),
      e(7, '乙公司', '20', '3', '250', '80', '100'),
      e(8, '丙公司', '20', '3', '400', '80', '100')],
     hand="""rest = 30 + 50 + 10
{'甲公司': rest + (F(100) - 100) / (400 - 100) * 10,
 '乙公司': rest + (F(250) - 100) / (400 - 100) * 10,  # 5
 '丙公司': rest + (F(400) - 100) / (400 - 100) * 10}""")

case('r3-weight-pension-10.yaml', '权重 — pension participation weight 10 (R3, R4, R6)',
     ['R3', 'R4', 'R6', 'D2'],
     [e(9, '甲公司', '20', '3', '300', '60', '100'),
      e(10, '乙公司', '20', '3', '300', '80', '100'),
      e(11, '丙公司', '20', '3', '300', '90', '100')],
     exact=True,
     hand="""rest = 30 + 50 + 10
lo, hi = F(60, 100), F(90, 100)
{'甲公司': rest + (F(60, 100) - lo) / (hi - lo) * 10,
 '乙公司': rest + (F(80, 100) - lo) / (hi - lo) * 10,  # 20/3, non-terminating
 '丙公司': rest + (F(90, 100) - lo) / (hi - lo) * 10}""")

# ---------------------------------------------------------------- R4 with non-terminating fractions
case('r4-formula-nonterminating.yaml',
     '功效系数 — (x−min)/(max−min)×w on every indicator, non-terminating fractions (R4)',
     ['R3', 'R4', 'R6', 'R9'],
     [e(12, '甲公司', '3', '1.2', '150', '700', '900'),
      e(13, '乙公司', '10', '0.5', '420.5', '45', '50'),
      e(14, '丙公司', '17', '2.9', '99.9', '1', '3'),
      e(15, '丁公司', '4.4', '0.7', '200', '333', '777')],
     exact=True,
     hand="""def s(x, lo, hi, w): return (F(x) - F(lo)) / (F(hi) - F(lo)) * w
R = lambda p, f: F(p, f)  # R6
lo_r, hi_r = R(1, 3), R(45, 50)
{'甲公司': s(3, 3, 17, 30) + s('1.2', '0.5', '2.9', 50) + s(150, '99.9', '420.5', 10) + s(R(700, 900), lo_r, hi_r, 10),
 '乙公司': s(10, 3, 17, 30) + s('0.5', '0.5', '2.9', 50) + s('420.5', '99.9', '420.5', 10) + s(R(45, 50), lo_r, hi_r, 10),
 '丙公司': s(17, 3, 17, 30) + s('2.9', '0.5', '2.9', 50) + s('99.9', '99.9', '420.5', 10) + s(R(1, 3), lo_r, hi_r, 10),
 '丁公司': s('4.4', 3, 17, 30) + s('0.7', '0.5', '2.9', 50) + s(200, '99.9', '420.5', 10) + s(R(333, 777), lo_r, hi_r, 10)}""")

# ---------------------------------------------------------------- D3 rounding, D8 units
case('d3-rounding-half-up.yaml',
     '四舍五入 — totals shown to 4 places, rounded half up from the exact value (D3)',
     ['R4', 'D3'],
     [e(16, '甲公司', '5', '5', '0', '50', '100'),
      e(17, '乙公司', '5', '5', '1', '50', '100'),
      e(18, '丙公司', '5', '5', '0.123445', '50', '100'),
      e(19, '丁公司', '5', '5', '0.1234449', '50', '100'),
      e(20, '戊公司', '5', '5', '0.987655', '50', '100')],
     exact=True,
     hand="""rest = 30 + 50 + 10  # revenue, contribution, pension without spread
# 丙 91.23445 exactly -> '91.2345' (half up; half-even would give 91.2344)
# 丁 91.234449 -> '91.2344'; 戊 99.87655 -> '99.8766'
{'甲公司': rest + F(0), '乙公司': rest + F(10),
 '丙公司': rest + F('0.123445') / 1 * 10, '丁公司': rest + F('0.1234449') * 10,
 '戊公司': rest + F('0.987655') * 10}""")

case('d8-units-smallest-amounts.yaml',
     '单位 — amounts down to one yuan (0.00000001 亿元, 0.0001 万元) stay exact (D8)',
     ['R4', 'D8'],
     [e(21, '甲公司', '0', '1000.00000001', '0.0001', '1', '2'),
      e(22, '乙公司', '0.00000001', '1000', '0', '1', '2'),
      e(23, '丙公司', '0.00000002', '1000.00000002', '0.0003', '1', '2')],
     hand="""# one yuan is 0.00000001 亿元 and 0.0001 万元: differences of a single yuan still spread fully
{'甲公司': 0 + F(1, 2) * 50 + F(1, 3) * 10 + 10,
 '乙公司': F(1, 2) * 30 + 0 + 0 + 10,
 '丙公司': 30 + 50 + 10 + 10}""",
     exact=True)

# ---------------------------------------------------------------- R6
case('r6-participation-rate.yaml',
     '参保率 — payers ÷ filers, exactly 100 % is valid, equal rates tie (R6)',
     ['R6', 'R4', 'D1'],
     [e(24, '甲公司', '20', '3', '300', '1180', '1302'),
      e(25, '乙公司', '20', '3', '300', '50', '50'),
      e(26, '丙公司', '20', '3', '300', '0', '40'),
      e(27, '丁公司', '20', '3', '300', '2', '3'),
      e(28, '戊公司', '20', '3', '300', '4', '6')],
     exact=True,
     hand="""rest = 30 + 50 + 10
lo, hi = F(0, 40), F(50, 50)  # 0 % and exactly 100 %
{'甲公司': rest + (F(1180, 1302) - lo) / (hi - lo) * 10,
 '乙公司': rest + 10, '丙公司': rest + 0,
 '丁公司': rest + F(2, 3) * 10, '戊公司': rest + F(4, 6) * 10}  # 丁 and 戊 tie at rank 3""")

# ---------------------------------------------------------------- R7, R8, R9
case('r7-top500-each-list.yaml', '500强 — each list alone: 5, 3, 2, 1, 1 (R7)', ['R7', 'R9', 'D1'],
     [e(29, '甲公司', '20', '3', '300', '80', '100'),
      e(30, '乙公司', '20', '3', '300', '80', '100', top='world'),
      e(31, '丙公司', '20', '3', '300', '80', '100', top='china'),
      e(32, '丁公司', '20', '3', '300', '80', '100', top='private'),
      e(33, '戊公司', '20', '3', '300', '80', '100', top='manufacturing'),
      e(34, '己公司', '20', '3', '300', '80', '100', top='service')],
     hand="""base = 30 + 50 + 10 + 10  # identical figures: every indicator without spread (D2)
{'甲公司': base, '乙公司': base + 5, '丙公司': base + 3, '丁公司': base + 2,
 '戊公司': base + 1, '己公司': base + 1}  # 戊, 己 tie at rank 4 (places 4-5: ends on the edge)""")

case('r7-top500-highest-only.yaml', '500强 — several lists: only the highest counts (R7)',
     ['R7', 'R9'],
     [e(35, '甲公司', '20', '3', '300', '80', '100', top='world;china;private;manufacturing;service'),
      e(36, '乙公司', '20', '3', '300', '80', '100', top='service;world'),
      e(37, '丙公司', '20', '3', '300', '80', '100', top='china;private'),
      e(38, '丁公司', '20', '3', '300', '80', '100', top='private;manufacturing;service'),
      e(39, '戊公司', '20', '3', '300', '80', '100', top='manufacturing;service'),
      e(40, '己公司', '20', '3', '300', '80', '100')],
     hand="""base = 100
{'甲公司': base + max(5, 3, 2, 1, 1), '乙公司': base + max(1, 5), '丙公司': base + max(3, 2),
 '丁公司': base + max(2, 1, 1), '戊公司': base + max(1, 1), '己公司': base}""")

case('r7-top500-unknown-token.yaml', '500强 — an unknown list name is a file error (R7)', ['R7'],
     [e(41, '甲公司', '20', '3', '300', '80', '100', top='fortune'),
      e(42, '乙公司', '20', '3', '300', '80', '100', top='world;global500'),
      e(43, '丙公司', '20', '3', '300', '80', '100', top='china')],
     error=[(2, 'top500', 'unknown_top500'), (3, 'top500', 'unknown_top500')])

case('r8-listings.yaml', '上市 — one point per listing: 0, 1, 3 (R8)', ['R8', 'R9'],
     [e(44, '甲公司', '20', '3', '300', '80', '100', lst='0'),
      e(45, '乙公司', '20', '3', '300', '80', '100', lst='1'),
      e(46, '丙公司', '20', '3', '300', '80', '100', lst='3')],
     hand="""{'甲公司': 100 + 0 * 1, '乙公司': 100 + 1 * 1, '丙公司': 100 + 3 * 1}""")

case('r9-total-base-plus-bonus.yaml',
     '总分 — base + bonus; a bonus can lift a lower base above a higher one (R9)',
     ['R4', 'R7', 'R8', 'R9'],
     [e(47, '甲公司', '10', '5', '100', '90', '100'),
      e(48, '乙公司', '8', '5', '100', '90', '100', top='world', lst='2'),
      e(49, '丙公司', '0', '0', '100', '90', '100', top='private', lst='1')],
     hand="""fixed = 10 + 10  # R&D and pension without spread
{'甲公司': F(10, 10) * 30 + F(5, 5) * 50 + fixed + 0,
 '乙公司': F(8, 10) * 30 + F(5, 5) * 50 + fixed + 5 + 2,   # 101 > 100
 '丙公司': 0 + 0 + fixed + 2 + 1}""")

# ---------------------------------------------------------------- R10 band edges (generated)
rnd = random.Random(88)
rows = []
for i in range(62):
    rows.append(e(50 + i, co(i), f'{rnd.randint(0, 9999) / 100:.2f}', f'{rnd.randint(0, 999) / 100:.2f}',
                  str(rnd.randint(0, 50000)), str(rnd.randint(0, 500)), '500'))
case('r10-star-bands.yaml',
     '星级 — 62 distinct totals: ranks 1-5 ★5, 6-15 ★4, 16-30 ★3, 31-60 ★2, 61+ ★1 (R10)',
     ['R10', 'R4', 'R2'], rows,
     hand="""# random figures (random.Random(88), see build_cases.py); totals by reference.rate and by:
lo = {k: min(F(r[k]) for r in rows) for k in ('revenue_2y', 'contribution_2y', 'rd_2y')}
hi = {k: max(F(r[k]) for r in rows) for k in ('revenue_2y', 'contribution_2y', 'rd_2y')}
rt = [F(int(r['pension_payers']), 500) for r in rows]
{r['name']: sum((F(r[k]) - lo[k]) / (hi[k] - lo[k]) * w for k, w in
                (('revenue_2y', 30), ('contribution_2y', 50), ('rd_2y', 10)))
    + (rt[j] - min(rt)) / (max(rt) - min(rt)) * 10 for j, r in enumerate(rows)}""",
     note='ranks must be distinct here; stars: 5 for 1-5, 4 for 6-15, 3 for 16-30, 2 for 31-60, 1 after')

# ---------------------------------------------------------------- D1 ties
case('d1-competition-ranking.yaml', '并列 — competition ranking 1, 2, 2, 4 with different figures (D1)',
     ['D1', 'R4', 'R10'],
     [e(2, '甲公司', '10', '10', '10', '10', '10'),
      e(3, '乙公司', '5', '3', '5', '5', '10'),
      e(4, '丙公司', '2', '6.8', '0', '0', '10'),
      e(5, '丁公司', '0', '0', '0', '0', '10')],
     hand="""{'甲公司': F(30 + 50 + 10 + 10),
 '乙公司': F(5, 10) * 30 + F(3, 10) * 50 + F(5, 10) * 10 + F(5, 10) * 10,   # 15+15+5+5 = 40
 '丙公司': F(2, 10) * 30 + F('6.8') / 10 * 50 + 0 + 0,                       # 6+34 = 40
 '丁公司': F(0)}""")


def mid(i, name, rev, lst=''):
    """contribution 5 of 0..10, R&D 5 of 0..10, rate 50 %: 25 + 5 + 5 = 35, plus revenue (0..30)."""
    return e(i, name, rev, '5', '5', '50', '100', lst=lst)


H = lambda i: e(i, '高公司', '30', '10', '10', '100', '100')  # noqa: E731  max everywhere: 100
L = lambda i: e(i, '低公司', '0', '0', '0', '0', '100')  # noqa: E731  min everywhere: 0
MID = "mid = lambda rev, lst=0: 25 + 5 + 5 + F(rev) / 30 * 30 + lst  # see mid() in build_cases.py\n"

case('d1-tie-across-five-star-edge.yaml',
     '并列 — two tied at rank 5 (places 5-6): both ★5 and a boundary_tie warning (D1, R10)',
     ['D1', 'R10'],
     [H(60), mid(61, '乙公司', '28'), mid(62, '丙公司', '26'), mid(63, '丁公司', '24'),
      mid(64, '戊公司', '20', lst='1'), mid(65, '己公司', '21'), mid(66, '庚公司', '10'), L(67)],
     subjects=True,
     hand=MID + """{'高公司': F(100), '乙公司': mid(28), '丙公司': mid(26), '丁公司': mid(24),
 '戊公司': mid(20, 1), '己公司': mid(21), '庚公司': mid(10), '低公司': F(0)}  # 戊 = 己 = 56""")

case('d1-tie-ending-on-edge.yaml',
     '并列 — a tie at rank 4 (places 4-5) ends on the edge: both ★5, no warning (D1, R10)',
     ['D1', 'R10'],
     [H(68), mid(69, '乙公司', '28'), mid(70, '丙公司', '26'),
      mid(71, '丁公司', '23', lst='1'), mid(72, '戊公司', '24'),
      mid(73, '己公司', '15'), mid(74, '庚公司', '13', lst='2'), L(75)],
     hand=MID + """{'高公司': F(100), '乙公司': mid(28), '丙公司': mid(26), '丁公司': mid(23, 1),
 '戊公司': mid(24), '己公司': mid(15), '庚公司': mid(13, 2), '低公司': F(0)}
# 丁 = 戊 = 59 at rank 4 (places 4-5); 己 = 庚 = 50 at rank 6 (places 6-7, inside ★4)""")

# Ties at the 15/16, 30/31 and 60/61 edges, plus ties that stay inside a band or end on an edge.
levels = []  # (revenue, listings) per enterprise, best first; consecutive pairs marked tie
tie_places = {15: 2, 30: 3, 44: 2, 60: 2}  # place -> size of the tie starting there
rows = [H(76)]
place = 2
rev = F(2950, 100)
i = 0
while place <= 63:
    size = tie_places.get(place, 1)
    for k in range(size):
        # the k-th member of a tie: revenue lowered by k, made up by k listings
        rows.append(mid(77 + i, co(i + 1), dec2(rev - k), lst=str(k) if k else ''))
        i += 1
    place += size
    rev -= F(45, 100)
rows.append(L(77 + i))
case('d1-ties-at-band-edges.yaml',
     '并列 — ties over the 15/16, 30/31 and 60/61 edges warn; one inside a band does not (D1, R10)',
     ['D1', 'R10'], rows, subjects=True,
     hand=MID + """# revenue steps down by 0.45 from 29.50 per place; the second member of a tie has
# revenue 1 lower and 1 listing. Every total is mid(revenue, listings):
{r['name']: F(100) if r['name'] == '高公司' else F(0) if r['name'] == '低公司'
 else mid(r['revenue_2y'], int(r.get('listings_3y', '0'))) for r in rows}""")

case('d1-float-tie.yaml',
     '并列 — equal exact totals whose float64 sums differ still tie, both ★5 at rank 5 (D1, D3)',
     ['D1', 'D3', 'R10'],
     [e(100, '高公司', '10', '10', '10', '10', '10'),
      e(101, '乙公司', '9', '9', '9', '9', '10'),
      e(102, '丙公司', '8.5', '8.5', '8.5', '8', '10'),
      e(103, '丁公司', '8', '8', '8', '8', '10'),
      e(104, '戊公司', '6', '8.3', '4.8', '3', '10'),
      e(105, '己公司', '3.2', '8.8', '9.7', '4', '10'),
      e(106, '低公司', '0', '0', '0', '0', '10')],
     subjects=True, exact=True,
     hand="""def exact(r, c, d, p): return F(r) / 10 * 30 + F(c) / 10 * 50 + F(d) / 10 * 10 + F(p, 10) * 10
def double(r, c, d, p):  # naive float64, R4 as written, summed in indicator order
    return ((float(r) - 0) / (10 - 0) * 30 + (float(c) - 0) / (10 - 0) * 50
            + (float(d) - 0) / (10 - 0) * 10 + (p / 10 - 0) / (1 - 0) * 10)
assert exact('6', '8.3', '4.8', 3) == exact('3.2', '8.8', '9.7', 4) == F(673, 10)
assert double('6', '8.3', '4.8', 3) == 67.3 and double('3.2', '8.8', '9.7', 4) == 67.30000000000001
# so a float ranking puts 己 at 5 (★5) and 戊 at 6 (★4); exactly they tie at 5
{'高公司': exact(10, 10, 10, 10), '乙公司': exact(9, 9, 9, 9), '丙公司': exact('8.5', '8.5', '8.5', 8),
 '丁公司': exact(8, 8, 8, 8), '戊公司': exact('6', '8.3', '4.8', 3),
 '己公司': exact('3.2', '8.8', '9.7', 4), '低公司': F(0)}""")

# ---------------------------------------------------------------- D2
D2ROWS = [e(107, '甲公司', '10', '2', '500', '70', '100', lst='1'),
          e(108, '乙公司', '40', '6', '500', '90', '100'),
          e(109, '丙公司', '25', '3.5', '500', '75', '100')]
case('d2-no-spread-full-weight.yaml',
     '无差异 — R&D equal for all: each gets the full 10, with a no_spread warning (D2)',
     ['D2', 'R4'], D2ROWS, subjects=True, exact=True,
     hand="""rd = 10  # max = min: full weight (default setting full_weight)
{'甲公司': 0 + 0 + rd + 0 + 1,
 '乙公司': 30 + 50 + rd + 10,
 '丙公司': F(15, 30) * 30 + F('1.5') / 4 * 50 + rd + F(5, 20) * 10}""")

case('d2-no-spread-zero.yaml',
     '无差异 — the same batch with setting noSpread: zero gives R&D 0 (D2)',
     ['D2', 'R4'], D2ROWS, settings={'noSpread': 'zero'}, subjects=True, exact=True,
     hand="""rd = 0  # max = min and setting noSpread: zero
{'甲公司': 0 + 0 + rd + 0 + 1,
 '乙公司': 30 + 50 + rd + 10,
 '丙公司': F(15, 30) * 30 + F('1.5') / 4 * 50 + rd + F(5, 20) * 10}""")

case('d2-batch-of-one.yaml', '无差异 — a batch of one: every indicator full weight, plus bonus (D2)',
     ['D2', 'R7', 'R8', 'R9', 'R10'],
     [e(110, '甲公司', '3.3', '0.2', '12', '7', '9', top='china;service', lst='1')],
     hand="""{'甲公司': F(30 + 50 + 10 + 10) + 3 + 1}""")

case('d2-batch-of-one-zero.yaml', '无差异 — a batch of one with noSpread: zero scores only its bonus (D2)',
     ['D2', 'R9'],
     [e(111, '甲公司', '3.3', '0.2', '12', '7', '9', top='private', lst='2')],
     settings={'noSpread': 'zero'},
     hand="""{'甲公司': F(0) + 2 + 2}""")

# ---------------------------------------------------------------- D4, D5
case('d4-pool-excludes-unscored.yaml',
     '计分范围 — unscored rows with extreme figures do not move min or max (D4, D5)',
     ['D4', 'D5', 'R4'],
     [e(112, '甲公司', '10', '1', '100', '50', '100'),
      e(113, '乙公司', '20', '2', '300', '80', '100'),
      e(114, '丙公司', '1000', '500', '', '100', '100'),
      e(115, '丁公司', '0.01', '-5', '0', '0', '100'),
      e(116, '戊公司', '14', '1.6', '180', '62', '100'),
      e(117, '己公司', '99999', '99999', '99999', '500', '100')],
     exact=True,
     hand="""# pool = 甲, 乙, 戊 only: revenue 10..20, contribution 1..2, R&D 100..300, rate 50..80 %
# 丙 (revenue 1000, R&D missing), 丁 (contribution -5), 己 (rate 500 %) are unscored
{'甲公司': F(0), '乙公司': F(100),
 '戊公司': F(4, 10) * 30 + F('0.6') / 1 * 50 + F(80, 200) * 10 + F(12, 30) * 10}""")

case('d5-missing-figure.yaml', '不计分 — an empty cell in any base figure: missing_figure (D5)',
     ['D5', 'D4'],
     [e(118, '甲公司', '', '2', '300', '80', '100'),
      e(119, '乙公司', '10', '', '300', '80', '100'),
      e(120, '丙公司', '10', '2', '', '80', '100'),
      e(121, '丁公司', '10', '2', '300', '', '100'),
      e(122, '戊公司', '10', '2', '300', '80', ''),
      e(123, '己公司', '', '2', '', '80', '100'),
      e(124, '庚公司', '5', '1', '100', '40', '100'),
      e(125, '辛公司', '15', '3', '500', '90', '100')],
     hand="""{'庚公司': F(0), '辛公司': F(100)}
# unscored: 甲 revenue, 乙 contribution, 丙 R&D, 丁 payers, 戊 filers, 己 revenue and R&D (two reasons)""")

case('d5-negative-amount.yaml', '不计分 — a negative figure: negative_amount; zero is fine (D5)',
     ['D5'],
     [e(126, '甲公司', '-1', '2', '300', '80', '100'),
      e(127, '乙公司', '10', '-0.01', '300', '80', '100'),
      e(128, '丙公司', '10', '2', '-5', '80', '100'),
      e(129, '丁公司', '10', '2', '300', '-3', '100'),
      e(0, '戊公司', '10', '2', '300', '80', '-1'),
      e(1, '己公司', '0', '0', '0', '0', '100'),
      e(2, '庚公司', '10', '2', '300', '80', '100'),
      e(3, '辛公司', '5', '1', '150', '40', '100')],
     hand="""{'己公司': F(0), '庚公司': F(100),
 '辛公司': F(5, 10) * 30 + F(1, 2) * 50 + F(150, 300) * 10 + F(40, 80) * 10}""")

case('d5-no-tax-filers.yaml', '不计分 — zero income-tax filers: no_tax_filers (D5, R6)', ['D5', 'R6'],
     [e(4, '甲公司', '10', '2', '300', '0', '0'),
      e(5, '乙公司', '10', '2', '300', '5', '0'),
      e(6, '丙公司', '10', '2', '300', '80', '100'),
      e(7, '丁公司', '20', '4', '600', '1', '1')],
     hand="""{'丙公司': F(0), '丁公司': F(100)}  # 甲, 乙: 0 filers, no rate""")

case('d5-rate-above-100.yaml', '不计分 — more payers than filers: rate_above_100; exactly 100 % is scored (D5, R6)',
     ['D5', 'R6'],
     [e(8, '甲公司', '10', '2', '300', '101', '100'),
      e(9, '乙公司', '10', '2', '300', '100', '100'),
      e(10, '丙公司', '', '2', '300', '3', '2'),
      e(11, '丁公司', '20', '4', '600', '50', '100')],
     hand="""{'乙公司': F(0) + 0 + 0 + 10, '丁公司': F(30 + 50 + 10 + 0)}
# 甲: 101/100 > 1; 丙: revenue missing and 3/2 > 1 (both reasons)""")

case('d5-all-unscored.yaml', '不计分 — no scorable enterprise: empty_pool and unscored warnings (D4, D5)',
     ['D4', 'D5'],
     [e(12, '甲公司', '', '2', '300', '80', '100'),
      e(13, '乙公司', '10', '2', '300', '120', '100')],
     hand="""{}  # nobody is scored""")

# ---------------------------------------------------------------- file errors
OK = lambda i, name: e(i, name, '10', '2', '300', '80', '100')  # noqa: E731
case('error-missing-column.yaml', '文件错误 — required columns missing from the header (row 1)',
     ['file'],
     [{k: v for k, v in OK(14, '甲公司').items() if k not in ('rd_2y', 'tax_filers')}],
     columns=['uscc', 'name', 'county', 'revenue_2y', 'contribution_2y', 'pension_payers', 'top500',
              'listings_3y'],
     error=[(1, 'rd_2y', 'table_missing_column'), (1, 'tax_filers', 'table_missing_column')])

case('error-not-a-number.yaml', '文件错误 — text where a number belongs', ['file', 'D8'],
     [e(15, '甲公司', '十亿', '2', '300', '80', '100'),
      e(16, '乙公司', '10', '1,234.5', '1e3', '80', '100'),
      e(17, '丙公司', '10', '2', '300', '12.5', '100人'),
      OK(18, '丁公司')],
     error=[(2, 'revenue_2y', 'not_a_number'), (3, 'contribution_2y', 'not_a_number'),
            (3, 'rd_2y', 'not_a_number'), (4, 'pension_payers', 'not_a_whole_number'),
            (4, 'tax_filers', 'not_a_whole_number')])

case('error-unknown-county.yaml', '文件错误 — county not one of the 13 jurisdictions', ['file'],
     [OK(19, '甲公司') | {'county': '瑞安'},
      OK(20, '乙公司') | {'county': '温州市'},
      OK(21, '丙公司') | {'county': '杭州市'},
      OK(22, '丁公司') | {'county': '温州海经区'}],
     error=[(2, 'county', 'unknown_county'), (3, 'county', 'unknown_county'),
            (4, 'county', 'unknown_county')])


def wrong_check(code):
    bad = next(ch for ch in 'ABCDEFGHJK' if ch != code[17])
    out = code[:17] + bad
    assert not uscc_ok(out) and uscc_ok(code)
    return out


case('error-uscc-check-character.yaml', '文件错误 — credit code with a wrong 18th (check) character',
     ['file'],
     [OK(23, '甲公司') | {'uscc': wrong_check(C[23])}, OK(24, '乙公司'),
      OK(25, '丙公司') | {'uscc': wrong_check(C[25])}],
     error=[(2, 'uscc', 'uscc_check_character'), (4, 'uscc', 'uscc_check_character')])

case('error-uscc-length.yaml', '文件错误 — credit code of 17 and 19 characters, and an empty one',
     ['file'],
     [OK(26, '甲公司') | {'uscc': C[26][:17]}, OK(27, '乙公司') | {'uscc': C[27] + '1'},
      OK(28, '丙公司'), OK(29, '丁公司') | {'uscc': ''}],
     error=[(2, 'uscc', 'uscc_length'), (3, 'uscc', 'uscc_length'), (5, 'uscc', 'uscc_length')])

case('error-duplicate-uscc.yaml', '文件错误 — the same credit code twice (and three times)', ['file'],
     [OK(30, '甲公司'), OK(31, '乙公司'), OK(30, '丙公司'), OK(32, '丁公司'), OK(30, '戊公司')],
     error=[(4, 'uscc', 'duplicate_uscc'), (6, 'uscc', 'duplicate_uscc')])

case('error-listings-not-a-count.yaml', '文件错误 — negative or fractional number of listings (R8)',
     ['file', 'R8'],
     [OK(33, '甲公司') | {'listings_3y': '-1'}, OK(34, '乙公司') | {'listings_3y': '1.5'},
      OK(35, '丙公司') | {'listings_3y': '2'}],
     error=[(2, 'listings_3y', 'not_a_count'), (3, 'listings_3y', 'not_a_count')])

case('error-several-at-once.yaml', '文件错误 — several problems in one file, all reported', ['file'],
     [OK(36, '甲公司') | {'uscc': C[36][:16], 'county': '瓯海'},
      OK(37, '乙公司') | {'revenue_2y': 'N/A', 'top500': 'world;fortune'},
      OK(37, '丙公司') | {'listings_3y': '-2'},
      OK(38, '丁公司') | {'uscc': wrong_check(C[38]), 'tax_filers': 'abc'},
      OK(39, '戊公司'),
      OK(40, '') | {'contribution_2y': '3.5亿'}],
     error=[(2, 'uscc', 'uscc_length'), (2, 'county', 'unknown_county'),
            (3, 'revenue_2y', 'not_a_number'), (3, 'top500', 'unknown_top500'),
            (4, 'uscc', 'duplicate_uscc'), (4, 'listings_3y', 'not_a_count'),
            (5, 'uscc', 'uscc_check_character'), (5, 'tax_filers', 'not_a_whole_number'),
            (7, 'name', 'missing_name'), (7, 'contribution_2y', 'not_a_number')])

case('error-no-rows.yaml', '文件错误 — a header and no enterprise rows', ['file'], [],
     error=[(None, None, 'no_rows')])


# ---------------------------------------------------------------- writing the YAML
def q(text):
    return "'" + str(text).replace("'", "''") + "'"


def run_hand(text, rows):
    import ast
    tree = ast.parse(text)
    last = tree.body.pop()
    assert isinstance(last, ast.Expr), 'the hand check must end in an expression'
    space = {'F': F, 'rows': rows}
    exec(compile(tree, '<hand>', 'exec'), space)
    return eval(compile(ast.Expression(last.value), '<hand>', 'eval'), space)


def emit(c):
    out = [f"# {c['title']}"]
    if c['hand']:
        out.append('# Hand check (Python 3, F = fractions.Fraction); build_cases.py asserts it equals')
        out.append('# reference.py, which implements the rules independently of the TypeScript code:')
        out += [f'#   {line}'.rstrip() for line in c['hand'].splitlines()]
    if c['note']:
        out.append(f"# {c['note']}")
    out.append(f"title: {q(c['title'])}")
    out.append(f"rules: [{', '.join(c['rules'])}]")
    out.append("date: '2026-03-01'")
    out.append('year: 2025')
    if c['settings']:
        out.append('settings: { ' + ', '.join(f'{k}: {v}' for k, v in c['settings'].items()) + ' }')
    if c['columns']:
        out.append(f"columns: [{', '.join(c['columns'])}]")
    if c['rows']:
        out.append('enterprises:')
        for row in c['rows']:
            first = True
            for key in KEYS:
                if key in row:
                    out.append(f"  {'- ' if first else '  '}{key}: {q(row[key])}")
                    first = False
    else:
        out.append('enterprises: []')
    out.append('expect:')
    if c['error'] is not None:
        out.append('  error:')
        for row, column, code in c['error']:
            parts = ([f'row: {row}'] if row else []) + ([f'column: {column}'] if column else [])
            out.append('    - { ' + ', '.join(parts + [f'code: {code}']) + ' }')
        return '\n'.join(out) + '\n'

    result = rate(c['rows'], c['settings'].get('noSpread', 'full_weight'))
    names = {row['uscc']: row['name'] for row in c['rows']}
    hand = run_hand(c['hand'], c['rows'])
    by_name = {names[r['uscc']]: r['total'] for r in result['results']}
    assert by_name == {k: F(v) for k, v in hand.items()}, (c['file'], by_name, hand)
    if c['file'] == 'r10-star-bands.yaml':
        assert sorted(r['rank'] for r in result['results']) == list(range(1, 63))
    if result['results']:
        out.append('  results:')
        for r in result['results']:
            parts = [f"uscc: {q(r['uscc'])}", f"total: {q(half_up(r['total']))}",
                     f"rank: {r['rank']}", f"stars: {r['stars']}"]
            if c['exact']:
                parts.append(f"exact_total: {q(r['total'])}")
            out.append('    - { ' + ', '.join(parts) + ' }')
    else:
        out.append('  results: []')
    if result['unscored']:
        out.append('  unscored:')
        for u in result['unscored']:
            out.append(f"    - {{ uscc: {q(u['uscc'])}, reasons: [{', '.join(u['reasons'])}] }}")
    else:
        out.append('  unscored: []')
    warnings = []
    for w in result['warnings']:
        if w['code'] == 'boundary_tie' or (w['code'] == 'no_spread' and c['subjects']):
            warnings.append(f"{{ code: {w['code']}, subjects: [{', '.join(q(s) for s in w['subjects'])}] }}")
        else:
            warnings.append(w['code'])
    if any(w.startswith('{') for w in warnings):
        out.append('  warnings:')
        out += [f'    - {w}' for w in warnings]
    else:
        out.append(f"  warnings: [{', '.join(warnings)}]")
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    for c in CASES:
        with open(os.path.join(here, c['file']), 'w', encoding='utf-8') as handle:
            handle.write(emit(c))
    print(f'{len(CASES)} cases written')
