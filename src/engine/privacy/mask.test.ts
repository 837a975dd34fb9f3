import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskIdNumbersIn, maskMiddle, maskMobile, maskName } from './mask.ts';

describe('maskIdNumber', () => {
  it('keeps the first 4 and the last 4 of 18 characters', () => {
    expect(maskIdNumber('330302199001011234')).toBe('3303**********1234');
    expect(maskIdNumber('33030219900101123X')).toBe('3303**********123X');
    expect(maskIdNumber(' 330302199001011234 ')).toBe('3303**********1234');
  });

  it('hides the birth date and the county whatever the length', () => {
    const masked = maskIdNumber('330302800101123'); // an old 15-digit number
    expect(masked).toBe('3303*******1123');
    expect(masked).not.toContain('800101');
  });

  it('masks a short or truncated value whole rather than showing nearly all of it', () => {
    expect(maskIdNumber('330302123')).toBe('*********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and the last 4 digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('keeps a country prefix visible', () => {
    expect(maskMobile('+8613812345678')).toBe('+86138****5678');
    expect(maskMobile('+86 13812345678')).toBe('+86 138****5678');
  });

  it('masks a short value whole', () => {
    expect(maskMobile('1381234')).toBe('*******');
  });
});

describe('maskName', () => {
  it('keeps a one-character surname', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王**');
  });

  it('keeps a compound surname when a given name follows it', () => {
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('诸葛亮')).toBe('诸葛*');
    // Two characters: 欧 with the given name 阳, not a bare compound surname.
    expect(maskName('欧阳')).toBe('欧*');
  });

  it('counts a character outside the BMP as one', () => {
    expect(maskName('𠮷祥')).toBe('𠮷*');
    expect(maskName('张𠮷')).toBe('张*');
  });

  it('keeps the separators of a transliterated or Latin name', () => {
    expect(maskName('买买提·艾力')).toBe('买**·**');
    expect(maskName('Zhang San')).toBe('Z**** ***');
  });

  it('masks a one-character name whole', () => {
    expect(maskName('张')).toBe('*');
    expect(maskName('  ')).toBe('');
  });
});

describe('maskMiddle', () => {
  it('masks everything between the kept ends', () => {
    expect(maskMiddle('ABCDEFGHIJ', 2, 3)).toBe('AB*****HIJ');
    expect(maskMiddle('ABC', 2, 3)).toBe('***');
  });
});

describe('maskIdNumbersIn', () => {
  it('masks every ID number in a database error, and leaves other numbers alone', () => {
    const text =
      'duplicate key value violates unique constraint "relief_member_id_number_unique": ' +
      'Key (id_number)=(33030219900101123X) already exists; also 330302199001011234, ' +
      'order 12345678901234567890 and phone 13812345678';
    expect(maskIdNumbersIn(text)).toBe(
      'duplicate key value violates unique constraint "relief_member_id_number_unique": ' +
        'Key (id_number)=(3303**********123X) already exists; also 3303**********1234, ' +
        'order 12345678901234567890 and phone 13812345678',
    );
  });
});
