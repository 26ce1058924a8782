"""ข้อมูลหน่วยงาน: the office's names, address, signers and emblem. Each field is saved when
editing finishes (Return or leaving the field), as one undoable command."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.document import PROFILE, Document
from ui.views.emblem_widget import EmblemWidget
from ui.widgets.plain_paste import PlainPasteLineEdit

OFFICE_TYPES = ("เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "เทศบาลเมือง", "เทศบาลนคร")


class ProfileView(QScrollArea):
    """``editors`` maps each profile field (storage.profile.PROFILE_FIELDS) to its QLineEdit
    (for office_type, the line edit of an editable combo box); ``emblem`` is the emblem chooser."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.editors: dict[str, QLineEdit] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Office Details"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        layout.addWidget(heading)
        hint = QLabel(self.tr("These details appear in every document. Each is saved when you press Enter or move to another field."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b6b6b;")
        layout.addWidget(hint)

        office = self._group(layout, self.tr("Office"))
        self._line(office, "name", self.tr("Office name"), self.tr("e.g. เทศบาลตำบลโพธิ์ชัย"))
        self.office_type = QComboBox()
        self.office_type.setEditable(True)
        self.office_type.addItems(OFFICE_TYPES)
        self.office_type.setCurrentIndex(-1)
        self.office_type.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        office.addRow(self.tr("Type"), self.office_type)
        self._connect("office_type", self.office_type.lineEdit())
        self.office_type.activated.connect(lambda _i: self._commit("office_type"))
        self._line(office, "district", self.tr("District"))
        self._line(office, "province", self.tr("Province"))
        self._line(office, "address", self.tr("Address"))
        self._line(office, "phone", self.tr("Phone"))

        emblem_box = QGroupBox(self.tr("Emblem"))
        self.emblem = EmblemWidget(document)
        QVBoxLayout(emblem_box).addWidget(self.emblem)
        layout.addWidget(emblem_box)

        memo = self._group(layout, self.tr("Memo"))
        self._line(memo, "unit_name", self.tr("Division"), self.tr("e.g. สำนักปลัด"))
        self._line(memo, "doc_prefix", self.tr("Document number prefix (ที่)"), self.tr("e.g. นค ๕๓๗๑๑"))

        people = self._group(layout, self.tr("Signers"))
        for role, title in (("chief", self.tr("Chief executive")), ("deputy", self.tr("Permanent secretary / deputy")),
                            ("reporter", self.tr("Report author"))):
            self._line(people, f"{role}_name", self.tr("%1: name").replace("%1", title))
            self._line(people, f"{role}_position", self.tr("Position"))
        layout.addStretch(1)
        self.setWidget(body)
        document.changed.connect(self._changed)
        self.refresh()

    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addWidget(box)
        return form

    def _line(self, form: QFormLayout, field: str, label: str, placeholder: str = "") -> None:
        edit = PlainPasteLineEdit()
        edit.setPlaceholderText(placeholder)
        form.addRow(label, edit)
        self._connect(field, edit)

    def _connect(self, field: str, edit: QLineEdit) -> None:
        edit.setObjectName(f"profile-{field}")
        self.editors[field] = edit
        edit.editingFinished.connect(lambda: self._commit(field))

    def _commit(self, field: str) -> None:
        self.document.set_profile_field(field, self.editors[field].text())

    def refresh(self) -> None:
        values = self.document.profile()
        for field, edit in self.editors.items():
            if edit.text() != values[field]:
                edit.setText(values[field])

    def _changed(self, area: str, _fiscal_year: int) -> None:
        if area == PROFILE:
            self.refresh()
