"""Independent reference for the worked cases of water-source-compensation, written from the rules
in shared/methods/water-source-compensation.md (W1-W7, WD1-WD4), NOT from the TypeScript code.

Exact arithmetic with fractions.Fraction; money is counted in fen (integers) for the rounding.
Used by build_cases.py, which also checks cases against hand-written formulas.
"""

from fractions import Fraction as F
from math import floor

RECEIVERS = ['瑞安市', '文成县', '泰顺县', '瓯海区']  # W1, 28号 第四条; also WD1's tie order
BASE = 140_000_000  # W4, 28号 第八条 (yuan)
REWARD = 30_000_000
WEIGHTS = {'primary_zone_area': 5, 'catchment_area': 45, 'population': 30, 'water_area': 20}  # W5 (%)
GROUPS = [('A', ['文成县', '泰顺县'], [11_000_000, 9_000_000]),  # W6, 28号 第十条
          ('B', ['瑞安市', '瓯海区'], [6_000_000, 4_000_000])]
CONTRIBUTIONS = [  # W2, 28号 第七条 (yuan); WD4: 温州湾新区 inside 龙湾区
    ('鹿城区', 16_500_000, None), ('龙湾区', 12_800_000, ('温州湾新区', 7_800_000)),
    ('瓯海区', 13_000_000, None), ('洞头区', 1_300_000, None), ('温州海经区', 1_000_000, None),
    ('乐清市', 1_500_000, None), ('瑞安市', 9_700_000, None), ('永嘉县', 1_000_000, None),
    ('平阳县', 7_100_000, None), ('龙港市', 6_100_000, None)]
assert sum(a for _, a, _ in CONTRIBUTIONS) == 70_000_000
assert 100_000_000 + 70_000_000 == BASE + REWARD


def yuan(fen):
    """An integer number of fen as yuan with two places."""
    return f'{fen // 100}.{fen % 100:02d}'


def half_up(value, places=4):
    """Rounds half away from zero and writes exactly `places` decimals."""
    scale = 10**places
    magnitude = abs(value) * scale
    whole = int(magnitude)
    if magnitude - whole >= F(1, 2):
        whole += 1
    sign = '-' if value < 0 and whole != 0 else ''
    digits = str(whole).rjust(places + 1, '0')
    return f'{sign}{digits[:-places]}.{digits[-places:]}'


def score(a):
    """W7: water quality + green rate × 30 + management + performance."""
    return F(a['water_quality']) + F(a['green_rate']) * 30 + F(a['management']) + F(a['performance'])


def bases(factors):
    """W5: Σ over factors of (base × weight %) × figure / total. Raises on a zero total (WD3)."""
    zero = [k for k in WEIGHTS if sum(F(factors[c][k]) for c in RECEIVERS) == 0]
    if zero:
        raise ZeroDivisionError(zero)
    out = {}
    for c in RECEIVERS:
        out[c] = sum(F(BASE * w, 100) * F(factors[c][k]) / sum(F(factors[d][k]) for d in RECEIVERS)
                     for k, w in WEIGHTS.items())
    return out


def rewards(scores):
    """W6 with WD2: equal scores share the amounts of the places they cover equally."""
    out, place, ties = {}, {}, []
    for name, members, amounts in GROUPS:
        for c in members:
            higher = sum(1 for d in members if scores[d] > scores[c])
            same = [d for d in members if scores[d] == scores[c]]
            out[c] = F(sum(amounts[higher:higher + len(same)]), len(same))
            place[c] = higher + 1
        for c in members:
            same = [d for d in RECEIVERS if d in members and scores[d] == scores[c]]
            if len(same) > 1 and same not in ties:
                ties.append(same)
    ties.sort(key=lambda t: RECEIVERS.index(t[0]))  # flagged in the order of W1
    return out, place, ties


def largest_remainder(exact, total):
    """WD1: floor each to the fen, hand the fen left to the largest remainders, ties in W1 order.
    Returns the fen amounts and the receivers whose equal remainders straddle the cut."""
    fen = {c: exact[c] * 100 for c in RECEIVERS}
    floors = {c: floor(fen[c]) for c in RECEIVERS}
    rem = {c: fen[c] - floors[c] for c in RECEIVERS}
    left = total * 100 - sum(floors.values())
    order = sorted(RECEIVERS, key=lambda c: (-rem[c], RECEIVERS.index(c)))
    got = {c: floors[c] + (1 if c in order[:left] else 0) for c in RECEIVERS}
    straddle = []
    if 0 < left < len(order) and rem[order[left - 1]] == rem[order[left]]:
        straddle = [c for c in order if rem[c] == rem[order[left - 1]]]
    assert sum(got.values()) == total * 100
    return got, straddle


def allocate(doc):
    """The whole allocation of one year: what the JSON output must say."""
    b = bases(doc['factors'])
    s = {c: score(doc['assessment'][c]) for c in RECEIVERS}
    r, place, ties = rewards(s)
    b_fen, b_straddle = largest_remainder(b, BASE)
    r_fen, r_straddle = largest_remainder(r, REWARD)
    allocations = []
    for c in RECEIVERS:
        allocations.append({
            'county': c, 'base': yuan(b_fen[c]), 'reward': yuan(r_fen[c]),
            'total': yuan(b_fen[c] + r_fen[c]), 'score': half_up(s[c]), 'place': place[c],
            'base_exact': str(b[c]), 'score_exact': str(s[c]), 'reward_exact': str(r[c]),
        })
    warnings = [{'code': 'reward_tie', 'subjects': t} for t in ties]
    for straddle in (b_straddle, r_straddle):
        if straddle:
            warnings.append({'code': 'remainder_tie', 'subjects': straddle})
    return {'allocations': allocations, 'warnings': warnings,
            'half_up_base_sum': sum(round_half_up_fen(b[c]) for c in RECEIVERS)}


def round_half_up_fen(value):
    """Plain half-up rounding to the fen, in fen: what WD1 avoids."""
    fen = value * 100
    whole = floor(fen)
    return whole + (1 if fen - whole >= F(1, 2) else 0)


def contributions():
    out = []
    for county, amount, part in CONTRIBUTIONS:
        entry = {'county': county, 'amount': yuan(amount * 100)}
        if part:
            entry['of_which'] = [{'name': part[0], 'amount': yuan(part[1] * 100), 'rule': 'WD4'}]
        out.append(entry)
    return out
