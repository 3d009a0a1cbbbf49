// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

/** Colours, spacings, sizes and font sizes of every page: pages use these, never literals. */
QtObject {
    // A sober government palette: deep red accents on white and grey surfaces.
    readonly property color accent: "#b71c1c"
    readonly property color accentDark: "#7f0000"
    readonly property color accentSoft: "#fbe9e7"
    readonly property color textOnAccent: "#ffffff"
    readonly property color textOnAccentMuted: "#f5d0d0"

    readonly property color window: "#f2f3f5"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f7f7f8"
    readonly property color headerRow: "#eceff1"
    readonly property color navBackground: "#fafafa"
    readonly property color border: "#d9dce1"
    readonly property color divider: "#eceff1"
    readonly property color hover: "#f5f5f5"
    readonly property color selection: "#fdecea"
    readonly property color none: "transparent"

    readonly property color text: "#212121"
    readonly property color textMuted: "#616161"
    readonly property color textFaint: "#9e9e9e"

    readonly property color error: "#c62828"
    readonly property color errorSurface: "#fdecea"
    readonly property color info: "#1b5e20"
    readonly property color infoSurface: "#e8f5e9"
    readonly property color warning: "#8d6e00"
    readonly property color warningSurface: "#fff8e1"
    readonly property color badge: "#e65100"
    readonly property color badgeSurface: "#fff3e0"

    // Category colours of the dashboard chart, in the order of the code table.
    readonly property color categoryCb: "#b71c1c"
    readonly property color categoryCc: "#e57373"
    readonly property color categoryVc: "#546e7a"
    readonly property color categoryCbXa: "#8d6e63"
    readonly property color categoryCcXa: "#d4a017"
    readonly property color categoryKhongChuyenTrach: "#90a4ae"
    readonly property color categoryOther: "#bdbdbd"

    // Title standards (đạt chuẩn): met / not met, the rate's bar and the 100 % target line.
    readonly property color met: "#2e7d32"
    readonly property color metSurface: "#e8f5e9"
    readonly property color notMet: "#c62828"
    readonly property color notMetSurface: "#fdecea"
    readonly property color toVerify: "#9e9e9e"
    readonly property color rateBar: "#b71c1c"
    readonly property color rateTrack: "#eceff1"
    readonly property color targetLine: "#2e7d32"
    readonly property color chartGrid: "#eceff1"
    readonly property string markMet: "✓"
    readonly property string markNotMet: "✗"
    readonly property string markToVerify: "?"

    // Spacing scale
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24

    readonly property int radius: 4
    readonly property int borderWidth: 1

    // Font pixel sizes
    readonly property int fontSmall: 11
    readonly property int fontNormal: 13
    readonly property int fontMedium: 15
    readonly property int fontLarge: 18
    readonly property int fontTitle: 22
    readonly property int fontHuge: 32

    // Sizes
    readonly property int headerHeight: 52
    readonly property int navWidth: 180
    readonly property int navItemHeight: 40
    readonly property int navMarkerWidth: 4
    readonly property int rowHeight: 36
    readonly property int controlHeight: 32
    readonly property int dateFieldWidth: 130
    readonly property int comboWidth: 220
    readonly property int searchWidth: 320
    readonly property int cardWidth: 220
    readonly property int cardHeight: 104
    readonly property int barHeight: 22
    readonly property int barLabelWidth: 230
    readonly property int barCountWidth: 48
    readonly property int legendSwatch: 12
    readonly property int formLabelWidth: 170
    readonly property int formFieldWidth: 320
    readonly property int bannerMaxWidth: 760
    readonly property int dialogWidth: 480
    readonly property int indentPerLevel: 22
    readonly property int listCacheBuffer: 1200
    readonly property int messageTimeout: 5000
    readonly property int toolTipDelay: 700

    // Staff list columns (the name column takes what is left)
    readonly property int colCode: 76
    readonly property int colDate: 84
    readonly property int colUnit: 164
    readonly property int colCategory: 136
    readonly property int colPosition: 150
    readonly property int colLevel: 92
    readonly property int colTheory: 92

    // Unit tree columns (the name column takes what is left)
    readonly property int colUnitCode: 70
    readonly property int colKind: 110
    readonly property int colValidity: 84
    readonly property int colSuccessor: 240
    readonly property int colBadge: 100
    readonly property int colCount: 56

    // Dashboard category table
    readonly property int colCategoryCount: 70
    readonly property int colCategoryShare: 60
    readonly property int categoryTableWidth: 380
    readonly property int headcountMinHeight: 300
    readonly property int emptyStateHeight: 320

    // Dashboard qualification section
    readonly property int rateBarHeight: 10
    readonly property int rateBlockWidth: 300
    readonly property int chartHeight: 250
    /** Height per commune bar: the axis hides a name given less (its label box has margins). */
    readonly property int chartBarSlot: 30
    /** The rest of the commune chart's column: title, value axis, hint. */
    readonly property int chartBarOverhead: 90
    readonly property int chartPercentAxisMax: 128
    readonly property int chartLineWidth: 2
    readonly property int chartPointSize: 7
    readonly property int trendMaxPoints: 8
    readonly property int gapListWidth: 280
    readonly property int gapRowHeight: 30
    readonly property int gapCountWidth: 40
    readonly property int peopleDialogWidth: 820
    readonly property int peopleDialogHeight: 600
    readonly property int personRowHeight: 56

    // Person page: title standard table
    readonly property int colMark: 24
    readonly property int colRequirement: 170
    readonly property int colExpected: 230
    readonly property int colActual: 200

    /** Chart colour of a staff category code (presentation only). */
    function categoryColor(category: string): color {
        switch (category) {
        case "cb": return categoryCb
        case "cc": return categoryCc
        case "vc": return categoryVc
        case "cb_xa": return categoryCbXa
        case "cc_xa": return categoryCcXa
        case "khong_chuyen_trach": return categoryKhongChuyenTrach
        }
        return categoryOther
    }
}
