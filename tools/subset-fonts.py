#!/usr/bin/env python3
"""Latin subsets of the Fira Sans cuts the web app uses, renamed "Kommunalpakt Sans".

KERN ships every Fira Sans cut with all its scripts (about 130 KB each as woff2). The app uses five cuts
for Latin text, so it ships subsets of about 20 KB (no TrueType hinting, as web font services serve them
to most platforms). A subset is a Modified Version under the SIL Open Font License and "Fira" is a Reserved
Font Name: the subsets therefore carry another family name, keep the copyright and licence records, and
OFL.txt lies beside them. Characters outside the subset fall back to the next font of the stack.

Run after a KERN update (Debian: apt-get install python3-fonttools python3-brotli):
    /usr/bin/python3 tools/subset-fonts.py
"""
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / 'node_modules/@kern-ux/native/dist/fonts/fira-sans'
TARGET = ROOT / 'apps/web/src/assets/fonts'
FAMILY = 'Kommunalpakt Sans'
# cut -> (legacy family suffix of name ID 1, subfamily of name ID 2)
CUTS = {
    'Regular': ('', 'Regular'),
    'Italic': ('', 'Italic'),
    'Medium': (' Medium', 'Regular'),
    'SemiBold': (' SemiBold', 'Regular'),
    'Bold': ('', 'Bold'),
}
# Basic Latin, Latin-1, Latin Extended-A (names from all of Europe), combining accents, general
# punctuation („“ – … •), super- and subscripts, €, №, ™, arrows, minus, replacement character.
UNICODES = (
    'U+0000-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6,U+02C7,U+02D8-02DD,U+0300-0308,U+0327,'
    'U+1E9E,U+2000-206F,U+2070-209F,U+20AC,U+2116,U+2122,U+2190-2195,U+2212,U+2215,U+FEFF,U+FFFD'
)
FEATURES = ['tnum', 'lnum', 'pnum', 'onum', 'case', 'sups', 'subs', 'ordn', 'zero']


def rename(font: TTFont, cut: str) -> None:
    suffix, subfamily = CUTS[cut]
    postscript = f"{FAMILY.replace(' ', '')}-{cut}"
    full = FAMILY if cut == 'Regular' else f'{FAMILY} {cut}'
    names = {1: FAMILY + suffix, 2: subfamily, 3: f'{postscript};subset', 4: full, 6: postscript,
             16: FAMILY, 17: cut}
    table = font['name']
    for record in list(table.names):
        if record.nameID in names:
            record.string = names[record.nameID]
        elif record.nameID in (18, 21, 22, 25):
            table.removeNames(nameID=record.nameID)
    table.setName(f'Latin subset of Fira Sans {cut} (Mozilla / Carrois) for the Forum Kommunalpakt', 10, 3, 1, 0x409)
    for record in table.names:
        if 'Fira' in record.toUnicode() and record.nameID not in (0, 7, 10):
            raise SystemExit(f'{cut}: name record {record.nameID} still says "{record.toUnicode()}"')


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    options = subset.Options()
    options.flavor = 'woff2'
    options.hinting = False
    options.layout_features = options.layout_features + FEATURES
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    for cut in CUTS:
        font = TTFont(SOURCE / f'FiraSans-{cut}.woff2')
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        rename(font, cut)
        out = TARGET / f'KommunalpaktSans-{cut}.woff2'
        font.flavor = 'woff2'
        font.save(out)
        print(f'{out.relative_to(ROOT)}: {out.stat().st_size} bytes')


if __name__ == '__main__':
    main()
