"""Writes the worked cases of medical-relief (the *.yaml files beside this script).

Run from this directory:  python3 build_cases.py  (then `npx prettier --write` on the YAML).

Every expected figure comes from two sources that must agree before a file is written:
reference.py (the rules implemented with fractions.Fraction) and a hand figure per family (the
`hand` dict, copied into the YAML header as the check used). Nothing here runs or imports the
TypeScript implementation. Error cases list their issues by hand from the interchange-file rules.
"""

from fractions import Fraction as F

from reference import LEVELS, fen, run

KEYS = ['family_id', 'county', 'category', 'insured_members', 'members', 'out_of_pocket',
        'head_name', 'head_id_number', 'head_mobile']
CASES = []


def fam(i, cost, county='永嘉县', category='2', insured='3', members='3', **extra):
    row = {'family_id': f'F{i:03d}', 'county': county, 'category': category,
           'insured_members': insured, 'members': members, 'out_of_pocket': cost}
    row.update(extra)
    return row


def case(file, title, rules, rows, year=2025, hand=None, settings=None, error=None, columns=None,
         note=None, totals=False):
    CASES.append(dict(file=file, title=title, rules=rules, rows=rows, year=year, hand=hand,
                      settings=settings or {}, error=error, columns=columns, note=note,
                      totals=totals))


# ---------------------------------------------------------------- M3, MD2: the threshold to the fen
case('m3-threshold-fen.yaml', '起点 — 119999.99, 120000.00 relieve nothing; 120000.01 relieves 0.01 (M3, MD2)',
     ['M3', 'MD2'],
     [fam(1, '0'), fam(2, '119999.99'), fam(3, '120000.00'), fam(4, '120000.01'), fam(5, '120000.10')],
     hand={'F001': (F(0), 'none'), 'F002': (F(0), 'watch'), 'F003': (F(0), 'watch'),
           'F004': (F(1, 100), 'relief_due'), 'F005': (F(10, 100), 'relief_due')})

case('m3-cap.yaml', '封顶 — 219999.99 → 99999.99; 220000.00 and 220000.01 → 100000.00; far above → the cap (M3)',
     ['M3', 'MD1', 'MD2'],
     [fam(1, '219999.99'), fam(2, '220000.00'), fam(3, '220000.01'), fam(4, '1000000'),
      fam(5, '150000.5')],
     hand={'F001': (F('99999.99'), 'relief_due'), 'F002': (F(100000), 'relief_due'),
           'F003': (F(100000), 'relief_due'), 'F004': (F(100000), 'relief_due'),
           'F005': (F('30000.50'), 'relief_due')})

case('md2-fen-sums.yaml',
     '精确到分 — 0.10 + 0.20 of relief is 0.30 exactly; trailing zeros are fine (MD2)',
     ['MD2', 'M3'],
     [fam(1, '120000.10', county='洞头区'), fam(2, '120000.20', county='洞头区'),
      fam(3, '120000.300', county='洞头区'), fam(4, '199999.99', county='洞头区')],
     hand={'F001': (F(1, 10), 'relief_due'), 'F002': (F(2, 10), 'relief_due'),
           'F003': (F(3, 10), 'relief_due'), 'F004': (F('79999.99'), 'relief_due')},
     note='county total: 0.1 + 0.2 + 0.3 + 79999.99 = 80000.59 (float64 would give 0.30000000000000004 for the first two)',
     totals=True)

# ---------------------------------------------------------------- MD1: the year
case('md1-year-2024-first-year.yaml',
     '年度 — 2024: computed, with a warning that 90号 took effect on 2024-02-01 (MD1, M2)',
     ['MD1', 'M2'], [fam(1, '150000')], year=2024,
     hand={'F001': (F(30000), 'relief_due')})
case('md1-year-2026.yaml', '年度 — a later year: same threshold and cap, no warning (MD1)',
     ['MD1'], [fam(1, '150000'), fam(2, '330000')], year=2026,
     hand={'F001': (F(30000), 'relief_due'), 'F002': (F(100000), 'relief_due')})
case('md1-year-before-pilot.yaml', '年度 — 2023 is refused: before the pilot and 90号 (MD1, M2)',
     ['MD1', 'M2'], [fam(1, '150000')], year=2023, error=[(None, 'year', 'year_before_pilot')])

# ---------------------------------------------------------------- MD3
case('md3-watch-edges.yaml',
     '预警 — 60000.00 none, 60000.01 watch, 120000.00 watch, 120000.01 relief due (MD3: strictly above)',
     ['MD3'],
     [fam(1, '60000.00'), fam(2, '60000.01'), fam(3, '120000.00'), fam(4, '120000.01'),
      fam(5, '220000.00'), fam(6, '220000.01'), fam(7, '59999.99')],
     hand={'F001': (F(0), 'none'), 'F002': (F(0), 'watch'), 'F003': (F(0), 'watch'),
           'F004': (F(1, 100), 'relief_due'), 'F005': (F(100000), 'relief_due'),
           'F006': (F(100000), 'relief_due'), 'F007': (F(0), 'none')})

case('md3-order.yaml',
     '预警顺序 — relief due before uninsured before watch: an uninsured family above 120000 is relief_due (MD3)',
     ['MD3'],
     [fam(1, '120000.01', insured='2', members='3'), fam(2, '120000.00', insured='2', members='3'),
      fam(3, '60000.01', insured='0', members='1', county='平阳县'), fam(4, '0', insured='3', members='4', county='平阳县'),
      fam(5, '250000', insured='1', members='5', county='平阳县')],
     hand={'F001': (F(1, 100), 'relief_due'), 'F002': (F(0), 'uninsured'),
           'F003': (F(0), 'uninsured'), 'F004': (F(0), 'uninsured'),
           'F005': (F(100000), 'relief_due')})

case('md3-configured.yaml',
     '预警可配置 — watch above 50000, relief due above 100000: levels move, the relief (M3) does not (MD3)',
     ['MD3', 'M3'],
     [fam(1, '50000.00'), fam(2, '50000.01'), fam(3, '100000.00'), fam(4, '100000.01'),
      fam(5, '120000.01')],
     settings={'watch_above': '50000', 'relief_due_above': '100000'},
     hand={'F001': (F(0), 'none'), 'F002': (F(0), 'watch'), 'F003': (F(0), 'watch'),
           'F004': (F(0), 'relief_due'), 'F005': (F(1, 100), 'relief_due')})

# ---------------------------------------------------------------- MD4, M1
case('md4-other-categories.yaml',
     '对象类别 — only category 2 is relieved; categories 1 and 3 are left out and named (MD4, M1)',
     ['MD4', 'M1'],
     [fam(1, '150000', category='1'), fam(2, '150000'), fam(3, '300000', category='3'),
      fam(4, '80000', category='02')],
     hand={'F002': (F(30000), 'relief_due'), 'F004': (F(0), 'watch')},
     note="'02' is the whole number 2")

case('md4-none-covered.yaml', '对象类别 — no family of category 2: empty results, two warnings (MD4)',
     ['MD4'], [fam(1, '150000', category='1')], hand={})

# ---------------------------------------------------------------- M2: pilot area and target
case('m2-outside-pilot.yaml',
     '试点地区 — 瑞安市 and 鹿城区 are relieved as usual and flagged, one warning each (M2)',
     ['M2', 'M3'],
     [fam(1, '150000', county='瑞安市'), fam(2, '150000', county='永嘉县'),
      fam(3, '70000', county='鹿城区'), fam(4, '400000', county='瑞安市')],
     hand={'F001': (F(30000), 'relief_due'), 'F002': (F(30000), 'relief_due'),
           'F003': (F(0), 'watch'), 'F004': (F(100000), 'relief_due')}, totals=True)

rows = [fam(i + 1, '1000', county='文成县', insured='1', members='1') for i in range(199)]
rows.append(fam(200, '1000', county='文成县', insured='0', members='1'))
rows += [fam(201 + i, '1000', county='泰顺县', insured='1', members='1') for i in range(198)]
rows.append(fam(399, '1000', county='泰顺县', insured='0', members='2'))
case('m2-participation-target.yaml',
     '参保率 — 199/200 = 99.5 % meets the target; 198/200 is below it (M2, M5)',
     ['M2'], rows,
     hand={r['family_id']: (F(0), 'none' if r['insured_members'] == r['members'] else 'uninsured')
           for r in rows}, totals=True)

# ---------------------------------------------------------------- M4: funding
rows = [fam(i + 1, '220000', county=['永嘉县', '平阳县', '苍南县', '文成县', '泰顺县'][i % 5])
        for i in range(400)]
case('m4-funding-at-limit.yaml',
     '资金 — 400 capped families: 40,000,000.00 equals the city fund plus the 1:1 match, no warning (M4)',
     ['M4', 'M3'], rows, hand={r['family_id']: (F(100000), 'relief_due') for r in rows}, totals=True)
rows = rows + [fam(401, '120000.01', county='洞头区'), fam(402, '400000', county='瑞安市')]
case('m4-funding-exceeded.yaml',
     '资金 — one fen more in the pilot area exceeds it; relief outside the pilot does not count (M4, M2)',
     ['M4', 'M2'], rows,
     hand={r['family_id']: (F(100000) if r['family_id'] != 'F401' else F(1, 100), 'relief_due')
           for r in rows}, totals=True)

# ---------------------------------------------------------------- county totals
case('totals-per-county.yaml', '合计 — totals per county in the customary order, exact (M3, MD2, MD3)',
     ['M3', 'MD2', 'MD3'],
     [fam(1, '130000.55', county='苍南县', insured='4', members='4'),
      fam(2, '65000.45', county='洞头区', insured='2', members='2'),
      fam(3, '300000', county='苍南县', insured='5', members='5'),
      fam(4, '0', county='洞头区', insured='1', members='1'),
      fam(5, '121000.33', county='永嘉县', insured='3', members='3')],
     hand={'F001': (F('10000.55'), 'relief_due'), 'F002': (F(0), 'watch'),
           'F003': (F(100000), 'relief_due'), 'F004': (F(0), 'none'),
           'F005': (F('1000.33'), 'relief_due')}, totals=True)

# ---------------------------------------------------------------- file errors
OK = lambda i: fam(i, '1000')  # noqa: E731
case('error-unknown-county.yaml', '文件错误 — county not one of the 13 jurisdictions', ['file'],
     [OK(1) | {'county': '永嘉'}, OK(2) | {'county': '温州市'}, OK(3) | {'county': ''}, OK(4)],
     error=[(2, 'county', 'unknown_county'), (3, 'county', 'unknown_county'),
            (4, 'county', 'unknown_county')])
case('error-category-not-an-integer.yaml', '文件错误 — category not a whole number (M1)', ['file', 'M1'],
     [OK(1) | {'category': '二'}, OK(2) | {'category': '2.0'}, OK(3) | {'category': ''},
      OK(4) | {'category': '0'}, OK(5)],
     error=[(2, 'category', 'category_not_an_integer'), (3, 'category', 'category_not_an_integer'),
            (4, 'category', 'missing_value'), (5, 'category', 'category_out_of_range')])
case('error-insured-above-members.yaml', '文件错误 — more insured members than members; counts', ['file'],
     [OK(1) | {'insured_members': '4', 'members': '3'}, OK(2) | {'insured_members': '3', 'members': '3'},
      OK(3) | {'members': '0', 'insured_members': '0'}, OK(4) | {'members': '2.5'},
      OK(5) | {'insured_members': '-1'}],
     error=[(2, 'insured_members', 'insured_above_members'), (4, 'members', 'no_members'),
            (5, 'members', 'not_a_count'), (6, 'insured_members', 'not_a_count')])
case('error-negative-amount.yaml', '文件错误 — a negative cost; zero is fine', ['file', 'MD2'],
     [OK(1) | {'out_of_pocket': '-0.01'}, OK(2) | {'out_of_pocket': '0'},
      OK(3) | {'out_of_pocket': '-150000'}],
     error=[(2, 'out_of_pocket', 'negative_amount'), (4, 'out_of_pocket', 'negative_amount')])
case('error-not-a-number.yaml', '文件错误 — text, separators, units or exponents as a cost', ['file'],
     [OK(1) | {'out_of_pocket': '十二万'}, OK(2) | {'out_of_pocket': '120,000.00'},
      OK(3) | {'out_of_pocket': '1.2e5'}, OK(4) | {'out_of_pocket': '120000元'},
      OK(5) | {'out_of_pocket': ''}, OK(6)],
     error=[(2, 'out_of_pocket', 'not_a_number'), (3, 'out_of_pocket', 'not_a_number'),
            (4, 'out_of_pocket', 'not_a_number'), (5, 'out_of_pocket', 'not_a_number'),
            (6, 'out_of_pocket', 'missing_value')])
case('error-more-than-two-decimals.yaml', '文件错误 — a cost with a third decimal (MD2: to the fen)',
     ['file', 'MD2'],
     [OK(1) | {'out_of_pocket': '120000.001'}, OK(2) | {'out_of_pocket': '120000.010'},
      OK(3) | {'out_of_pocket': '0.005'}],
     error=[(2, 'out_of_pocket', 'more_than_two_decimals'), (4, 'out_of_pocket', 'more_than_two_decimals')])
case('error-duplicate-family-id.yaml', '文件错误 — the same family twice (and three times) (MD1)',
     ['file', 'MD1'], [OK(1), OK(2), OK(1), OK(3), OK(1) | {'county': '平阳县'}],
     error=[(4, 'family_id', 'duplicate_family_id'), (6, 'family_id', 'duplicate_family_id')])
case('error-personal-data.yaml', '文件错误 — a head ID number or mobile that cannot be right', ['file'],
     [OK(1) | {'head_id_number': '330302199001011234'}, OK(2) | {'head_id_number': '33030219900101'},
      OK(3) | {'head_id_number': '330302199001011235', 'head_mobile': '1381234567'},
      OK(4) | {'head_name': '张三', 'head_mobile': '13812345678'}],
     columns=KEYS,
     error=[(2, 'head_id_number', 'id_number_check_character'), (3, 'head_id_number', 'id_number_length'),
            (4, 'head_mobile', 'mobile_invalid')])
case('error-missing-column.yaml', '文件错误 — required columns missing from the header (row 1)', ['file'],
     [{k: v for k, v in OK(1).items() if k not in ('members', 'out_of_pocket')}],
     columns=['family_id', 'county', 'category', 'insured_members'],
     error=[(1, 'members', 'table_missing_column'), (1, 'out_of_pocket', 'table_missing_column')])
case('error-no-rows.yaml', '文件错误 — a header and no family rows', ['file'], [],
     error=[(None, None, 'no_rows')])
case('error-several-at-once.yaml', '文件错误 — several problems in one file, all reported', ['file'],
     [OK(1) | {'county': '杭州市', 'out_of_pocket': 'N/A'},
      OK(2) | {'category': 'two', 'insured_members': '5', 'members': '4'},
      OK(1) | {'out_of_pocket': '-5.555'},
      OK(4) | {'family_id': '', 'members': 'x'},
      OK(5)],
     error=[(2, 'county', 'unknown_county'), (2, 'out_of_pocket', 'not_a_number'),
            (3, 'category', 'category_not_an_integer'), (3, 'insured_members', 'insured_above_members'),
            (4, 'family_id', 'duplicate_family_id'), (4, 'out_of_pocket', 'negative_amount'),
            (5, 'family_id', 'missing_value'), (5, 'members', 'not_a_count')])


# ---------------------------------------------------------------- writing the YAML
def q(text):
    return "'" + str(text).replace("'", "''") + "'"


def csv_block(header, rows, indent):
    """A literal block holding CSV text exactly as a family file would (csv module quoting)."""
    import csv
    import io
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator='\n')
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return ['|'] + [' ' * indent + line for line in buf.getvalue().splitlines()]


def emit(c):
    out = [f"# {c['title']}"]
    if c['hand'] is not None and c['error'] is None:
        shown = list(c['hand'].items())
        out.append('# Hand figures (Python 3, F = fractions.Fraction): family → (relief, warning);')
        out.append('# build_cases.py asserts they equal reference.py, written from the rules, not the code:')
        for fid, (relief, lv) in shown[:12]:
            out.append(f'#   {fid}: ({relief!r}, {lv!r})')
        if len(shown) > 12:
            out.append(f'#   … and {len(shown) - 12} more of the same kind (see build_cases.py)')
    if c['note']:
        out.append(f"# {c['note']}")
    out.append(f"title: {q(c['title'])}")
    out.append(f"rules: [{', '.join(c['rules'])}]")
    out.append(f"year: {c['year']}")
    if c['settings']:
        out.append('settings: { ' + ', '.join(f'{k}: {q(v)}' for k, v in c['settings'].items()) + ' }')
    header = c['columns'] or KEYS[:6]
    block = csv_block(header, [[row.get(k, '') for k in header] for row in c['rows']], 2)
    out.append('# The family file, as written (header = row 1):')
    out.append('file: ' + block[0])
    out += block[1:]
    out.append('expect:')
    if c['error'] is not None:
        out.append('  error:')
        for row, column, code in c['error']:
            parts = ([f'row: {row}'] if row else []) + ([f'column: {column}'] if column else [])
            out.append('    - { ' + ', '.join(parts + [f'code: {code}']) + ' }')
        return '\n'.join(out) + '\n'

    kw = {}
    if 'watch_above' in c['settings']:
        kw = {'watch': F(c['settings']['watch_above']), 'due': F(c['settings']['relief_due_above'])}
    result = run(c['rows'], c['year'], **kw)
    got = {f['family_id']: (f['relief'], f['warning']) for f in result['families']}
    assert got == c['hand'], (c['file'], got, c['hand'])
    if result['families']:
        out.append('  families:')
        for f in result['families']:
            out.append(f"    - {{ family_id: {q(f['family_id'])}, relief: {q(fen(f['relief']))}, warning: {f['warning']} }}")
    else:
        out.append('  families: []')
    if c['totals']:
        header = ['county', 'pilot', 'families', 'members', 'insured_members', 'out_of_pocket', 'relief'] + LEVELS
        rows = [[t['county'], str(t['pilot']).lower(), t['families'], t['members'], t['insured_members'],
                 fen(t['out_of_pocket']), fen(t['relief'])] + [t['levels'][lv] for lv in LEVELS]
                for t in result['counties']]
        block = csv_block(header, rows, 4)
        out.append('  counties: ' + block[0])
        out += block[1:]
        t = result['total']
        out.append(f"  total: {{ families: {t['families']}, out_of_pocket: {q(fen(t['out_of_pocket']))}, "
                   f"relief: {q(fen(t['relief']))} }}")
    out.append('  warnings:')
    if not result['warnings']:
        out[-1] = '  warnings: []'
    for w in result['warnings']:
        if w['subjects']:
            out.append(f"    - {{ code: {w['code']}, subjects: [{', '.join(q(s) for s in w['subjects'])}] }}")
        else:
            out.append(f"    - {w['code']}")
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    import os
    for c in CASES:
        with open(os.path.join(os.path.dirname(__file__) or '.', c['file']), 'w', encoding='utf-8') as fh:
            fh.write(emit(c))
    print(f'{len(CASES)} cases written')
