// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The selected person's evaluation form (phiếu đánh giá, ND 90/2020 Mẫu 01–03) as it will be printed
 * and signed: the very pages of the form's PDF (FormPreviewProvider), in a scrollable column.
 * Keyboard: Up/Down scroll, PageUp/PageDown go a page back or on, Home/End, Ctrl+plus/Ctrl+minus zoom
 * (Ctrl+0 back to 100 %), Ctrl+S saves the PDF, Esc closes. "Save PDF…" asks the page for a file
 * (saveRequested); once saved (savedPath) "Open" shows it in the system's PDF viewer.
 */
Dialog {
    id: root

    required property EvaluationController controller
    /** 1 = an A4 page at 96 dpi. */
    property real zoom: 1.0
    /** Bumped at every change of the selected person's evaluation or form: the pages are asked again. */
    property int revision: 0
    /** The PDF written last from this preview ("" = not saved yet). */
    property string savedPath: ""
    readonly property string staffCode: root.controller.selectedCode
    readonly property int pageCount: {
        root.revision // read again after a change
        return root.visible && root.staffCode !== "" ? root.controller.formPageCount() : 0
    }
    readonly property real pageWidth: Math.round(794 * root.zoom)
    readonly property real pageHeight: Math.round(root.pageWidth * 297 / 210)
    readonly property real minZoom: 0.5
    readonly property real maxZoom: 3.0

    signal saveRequested()

    function openPreview(): void {
        root.savedPath = ""
        root.revision++
        root.open()
    }

    function setZoom(z: real): void {
        root.zoom = Math.max(root.minZoom, Math.min(root.maxZoom, Math.round(z * 100) / 100))
    }

    function goToPage(p: int): void {
        if (root.pageCount === 0)
            return
        pageList.currentIndex = Math.max(0, Math.min(root.pageCount - 1, p))
        pageList.positionViewAtIndex(pageList.currentIndex, ListView.Beginning)
    }

    /** The page most of the view shows (the one PageUp/PageDown move from). */
    function visiblePage(): int {
        const i = pageList.indexAt(pageList.width / 2, pageList.contentY + pageList.height / 3)
        return i >= 0 ? i : pageList.currentIndex
    }

    function scrollBy(dy: real): void {
        const minY = pageList.originY - pageList.topMargin
        const maxY = Math.max(minY, pageList.originY + pageList.contentHeight + pageList.bottomMargin - pageList.height)
        pageList.contentY = Math.max(minY, Math.min(maxY, pageList.contentY + dy))
    }

    objectName: "formPreview"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.spacingXl, Math.max(900, root.pageWidth + 6 * Theme.spacingL)) : 900
    height: parent ? parent.height - 2 * Theme.spacingXl : 700
    modal: true
    padding: Theme.spacingM
    closePolicy: Popup.CloseOnEscape
    //: %1 full name, %2 year
    title: qsTr("Evaluation form of %1, %2").arg(root.controller.selected.fullName ?? "").arg(root.controller.year)

    onOpened: pageList.forceActiveFocus()
    // Saved: the keyboard is on "Open" (Enter shows the PDF); Esc still closes.
    onSavedPathChanged: {
        if (root.savedPath !== "")
            openButton.forceActiveFocus()
    }

    Connections {
        target: root.controller

        function onSelectedChanged(): void {
            root.revision++
        }
    }

    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="] // not StandardKey.ZoomIn: the same keys, so ambiguous
        enabled: root.visible
        onActivated: root.setZoom(root.zoom + 0.25)
    }
    Shortcut {
        sequence: "Ctrl+-"
        enabled: root.visible
        onActivated: root.setZoom(root.zoom - 0.25)
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: root.visible
        onActivated: root.setZoom(1.0)
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible
        onActivated: root.saveRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                objectName: "previewPageLabel"
                //: %1 the page shown, %2 how many pages
                text: root.pageCount > 0 ? qsTr("Page %1 of %2").arg(pageList.currentIndex + 1).arg(root.pageCount)
                                         : qsTr("No page to show")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "zoomOutButton"
                text: qsTr("−")
                enabled: root.zoom > root.minZoom
                Accessible.name: qsTr("Zoom out (Ctrl+minus)")
                onClicked: root.setZoom(root.zoom - 0.25)
            }
            Label {
                objectName: "zoomLabel"
                //: %1 the zoom in percent
                text: qsTr("%1 %").arg(Math.round(root.zoom * 100))
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }
            Button {
                objectName: "zoomInButton"
                text: qsTr("+")
                enabled: root.zoom < root.maxZoom
                Accessible.name: qsTr("Zoom in (Ctrl+plus)")
                onClicked: root.setZoom(root.zoom + 0.25)
            }
            Button {
                objectName: "savePdfButton"
                text: qsTr("Save PDF…")
                highlighted: true
                enabled: root.pageCount > 0
                onClicked: root.saveRequested()
            }
            Button {
                id: openButton

                objectName: "openPdfButton"
                visible: root.savedPath !== ""
                text: qsTr("Open")
                Accessible.name: qsTr("Open the saved PDF")
                // "/home/…" and "C:/…" alike become file:///…
                onClicked: Qt.openUrlExternally("file:///" + root.savedPath.replace(/\\/g, "/").replace(/^\/+/, ""))
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                objectName: "closePreviewButton"
                text: qsTr("Close")
                onClicked: root.close()
            }
        }

        Rectangle {
            // The desk the sheets lie on.
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.window
            border.color: pageList.activeFocus ? Theme.accent : Theme.border
            border.width: Theme.borderWidth

            ListView {
                id: pageList

                objectName: "previewPages"
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                topMargin: Theme.spacingL
                bottomMargin: Theme.spacingL
                clip: true
                focus: true
                activeFocusOnTab: true
                spacing: Theme.spacingL
                model: root.pageCount
                boundsBehavior: Flickable.StopAtBounds
                highlightFollowsCurrentItem: false
                contentWidth: root.pageWidth + 2 * Theme.spacingL
                flickableDirection: Flickable.AutoFlickDirection
                Accessible.name: qsTr("Pages of the form")
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}

                Keys.onPressed: event => {
                    if (event.key === Qt.Key_PageDown) {
                        root.goToPage(root.visiblePage() + 1)
                    } else if (event.key === Qt.Key_PageUp) {
                        // Back to the top of the page shown, then to the page before.
                        const p = root.visiblePage()
                        const top = pageList.itemAtIndex(p)
                        root.goToPage(top && pageList.contentY > top.y + 1 ? p : p - 1)
                    } else if (event.key === Qt.Key_Home && !(event.modifiers & Qt.ShiftModifier)) {
                        root.goToPage(0)
                    } else if (event.key === Qt.Key_End) {
                        root.goToPage(root.pageCount - 1)
                    } else if (event.key === Qt.Key_Down) {
                        root.scrollBy(60)
                    } else if (event.key === Qt.Key_Up) {
                        root.scrollBy(-60)
                    } else if (event.key === Qt.Key_Right) {
                        pageList.contentX = Math.min(Math.max(0, pageList.contentWidth - pageList.width), pageList.contentX + 60)
                    } else if (event.key === Qt.Key_Left) {
                        pageList.contentX = Math.max(0, pageList.contentX - 60)
                    } else {
                        return
                    }
                    event.accepted = true
                }
                onContentYChanged: {
                    const p = root.visiblePage()
                    if (p >= 0 && p !== pageList.currentIndex)
                        pageList.currentIndex = p
                }

                delegate: Item {
                    id: pageItem

                    required property int index

                    width: Math.max(pageList.width, root.pageWidth + 2 * Theme.spacingL)
                    height: root.pageHeight

                    Rectangle {
                        // The sheet's shadow on the grey desk.
                        x: paper.x + 3
                        y: paper.y + 3
                        width: paper.width
                        height: paper.height
                        color: Theme.border
                    }
                    Image {
                        id: paper

                        objectName: "previewPage_" + pageItem.index
                        x: Math.max(Theme.spacingL, (pageItem.width - width) / 2)
                        width: root.pageWidth
                        height: root.pageHeight
                        // Synchronous: the provider reads the database, whose connection lives on this thread.
                        asynchronous: false
                        cache: false
                        smooth: true
                        sourceSize.width: Math.round(root.pageWidth * Screen.devicePixelRatio)
                        source: root.staffCode === "" ? ""
                            : "image://evaluationform/" + encodeURIComponent(root.staffCode) + "/" + root.controller.year
                              + "/" + pageItem.index + "?" + root.revision
                        Accessible.name: qsTr("Page %1 of %2").arg(pageItem.index + 1).arg(root.pageCount)
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
            text: qsTr("Up/Down scroll · PageUp/PageDown: page before/after · Ctrl+plus/minus zoom, Ctrl+0 100 % · Ctrl+S save the PDF · Esc closes")
        }
    }
}
