"""The UN M49 standard's regions (United Nations Statistics Division, "Standard country or
area codes for statistical use", unstats.un.org/unsd/methodology/m49/) of every country or
area of the shipped WPP data, for costing groups such as "Western Africa" or "Southern Asia".

The World Bank's regions and income groups come with the WDI data (`data.catalogue()`); the
UN's are kept here as a small table because no shipped data set carries them. Kosovo (412),
which M49 does not list, is placed in Southern Europe.
"""
from __future__ import annotations

# (region, sub-region, intermediate region or "", M49 codes)
UN_REGIONS: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("Africa", "Northern Africa", "", (12, 818, 434, 504, 729, 788, 732)),
    ("Africa", "Sub-Saharan Africa", "Eastern Africa", (108, 174, 262, 232, 231, 404, 450, 454, 480, 175, 508, 638, 646, 690, 706, 728, 800, 834, 894, 716)),
    ("Africa", "Sub-Saharan Africa", "Middle Africa", (24, 120, 140, 148, 178, 180, 226, 266, 678)),
    ("Africa", "Sub-Saharan Africa", "Southern Africa", (72, 748, 426, 516, 710)),
    ("Africa", "Sub-Saharan Africa", "Western Africa", (204, 854, 132, 384, 270, 288, 324, 624, 430, 466, 478, 562, 566, 654, 686, 694, 768)),
    ("Americas", "Latin America and the Caribbean", "Caribbean", (660, 28, 533, 44, 52, 535, 92, 136, 192, 531, 212, 214, 308, 312, 332, 388, 474, 500, 630, 652, 659,
        662, 663, 670, 534, 780, 796, 850)),
    ("Americas", "Latin America and the Caribbean", "Central America", (84, 188, 222, 320, 340, 484, 558, 591)),
    ("Americas", "Latin America and the Caribbean", "South America", (32, 68, 76, 152, 170, 218, 238, 254, 328, 600, 604, 740, 858, 862)),
    ("Americas", "Northern America", "", (60, 124, 304, 666, 840)),
    ("Asia", "Central Asia", "", (398, 417, 762, 795, 860)),
    ("Asia", "Eastern Asia", "", (156, 344, 446, 158, 392, 408, 410, 496)),
    ("Asia", "South-eastern Asia", "", (96, 116, 360, 418, 458, 104, 608, 702, 764, 626, 704)),
    ("Asia", "Southern Asia", "", (4, 50, 64, 356, 364, 462, 524, 586, 144)),
    ("Asia", "Western Asia", "", (51, 31, 48, 196, 268, 368, 376, 400, 414, 422, 512, 634, 682, 275, 760, 792, 784, 887)),
    ("Europe", "Eastern Europe", "", (112, 100, 203, 348, 616, 498, 642, 643, 703, 804)),
    ("Europe", "Northern Europe", "", (208, 233, 234, 246, 352, 372, 833, 428, 440, 578, 752, 826, 831, 832)),
    ("Europe", "Southern Europe", "", (8, 20, 70, 191, 292, 300, 380, 470, 499, 807, 620, 674, 688, 705, 724, 412)),
    ("Europe", "Western Europe", "", (40, 56, 250, 276, 438, 442, 492, 528, 756)),
    ("Oceania", "Australia and New Zealand", "", (36, 554)),
    ("Oceania", "Melanesia", "", (242, 540, 598, 90, 548)),
    ("Oceania", "Micronesia", "", (316, 296, 584, 583, 520, 580, 585)),
    ("Oceania", "Polynesia", "", (16, 184, 258, 570, 882, 772, 776, 798, 876)),
)


def un_region_of(m49: int) -> tuple[str, str, str]:
    """(region, sub-region, intermediate region or "") of an M49 code; ("", "", "") if unknown."""
    for region, subregion, intermediate, codes in UN_REGIONS:
        if m49 in codes:
            return region, subregion, intermediate
    return "", "", ""
