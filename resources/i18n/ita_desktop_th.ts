<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AddYearDialog</name>
    <message>
        <location filename="../../ui/views/add_year_dialog.py" line="+24"/>
        <source>Add Fiscal Year</source>
        <translation>เพิ่มปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Framework %1 — %2</source>
        <translation>กรอบการประเมินปี %1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fiscal year (BE)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework to use</source>
        <translation>ใช้กรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This file already has fiscal year %1</source>
        <translation>ไฟล์นี้มีปีงบประมาณ %1 อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>AnalysisChart</name>
    <message>
        <location filename="../../ui/views/analysis_chart.py" line="+45"/>
        <source>Indicator score chart</source>
        <translation>แผนภูมิคะแนนรายตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>85 or more</source>
        <translation>85 ขึ้นไป</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Below 85</source>
        <translation>ต่ำกว่า 85</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Score %1</source>
        <translation>คะแนนปี %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark 85</source>
        <translation>เกณฑ์ผ่าน 85</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <location filename="../../ui/views/analysis_view.py" line="+72"/>
        <location line="+11"/>
        <location line="+198"/>
        <source>Redraft Texts</source>
        <translation>ร่างข้อความใหม่</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Draft the causes, guidelines, strengths and weaknesses again from the latest scores</source>
        <translation>ร่างสาเหตุ แนวทาง จุดแข็งและจุดที่ควรพัฒนาใหม่จากคะแนนล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scores changed after the texts were drafted. Press “Redraft Texts” to bring the texts in line with the latest scores.</source>
        <translation>คะแนนเปลี่ยนไปหลังจากร่างข้อความ กด “ร่างข้อความใหม่” เพื่อปรับข้อความให้ตรงกับคะแนนล่าสุด</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis issues</source>
        <translation>ประเด็นการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicator scores against the 85-point mark and the previous year</source>
        <translation>คะแนนรายตัวชี้วัดเทียบเกณฑ์ 85 คะแนนและปีก่อน</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Analysis of the assessment, fiscal year %1</source>
        <translation>การวิเคราะห์ผลการประเมิน ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Total %1  Rating %2</source>
        <translation>คะแนนรวม %1  ระดับ %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Report texts</source>
        <translation>ข้อความในรายงาน</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The %1 framework in the program is not yet checked against the NACC’s full manual: check its items, weights and rating rules under Framework. (Documents do not print this note.)</source>
        <translation>กรอบการประเมินปี %1 ในโปรแกรมยังไม่ได้ตรวจยืนยันกับคู่มือฉบับสมบูรณ์ของสำนักงาน ป.ป.ช. ตรวจข้อคำถาม น้ำหนัก และเกณฑ์ระดับผลการประเมินได้ที่ กรอบการประเมิน (ข้อความนี้ไม่พิมพ์ในเอกสาร)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (edited by the office)</source>
        <translation> (หน่วยงานแก้ไขเอง)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>%1 (as published)</source>
        <translation>%1 (ตามที่ประกาศ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>computed from the scores entered: %1</source>
        <translation>คำนวณจากคะแนนที่กรอกได้ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rating is not settled (it depends on %1): enter the published rating under Results.</source>
        <translation>ยังระบุระดับผลการประเมินไม่ได้ (ขึ้นกับคะแนน %1) กรอกระดับที่ประกาศได้ที่ ผลการประเมิน</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The texts nobody had edited have been redrafted. The office edited these texts itself:

%1

Replace them with new drafts too?</source>
        <translation>ร่างข้อความที่ยังไม่ได้แก้ไขใหม่แล้ว ข้อความต่อไปนี้หน่วยงานแก้ไขเอง:

%1

ต้องการแทนที่ด้วยข้อความร่างใหม่ด้วยหรือไม่</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cause</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guideline for improvement</source>
        <translation>แนวทางการยกระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>จุดแข็ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weaknesses</source>
        <translation>จุดที่ควรพัฒนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall summary</source>
        <translation>สรุปผลภาพรวม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue %1: %2</source>
        <translation>ประเด็นที่ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicator %1: explanation</source>
        <translation>ตัวชี้วัดที่ %1: คำอธิบาย</translation>
    </message>
</context>
<context>
    <name>BuddhistCalendar</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="+50"/>
        <source>Previous month</source>
        <translation>เดือนก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../ui/models/compare_model.py" line="+28"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator %1</source>
        <translation>ตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(office not named)</source>
        <translation>(ยังไม่ได้ระบุชื่อหน่วยงาน)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../ui/views/compare_view.py" line="+44"/>
        <location line="+145"/>
        <source>Compare Offices</source>
        <translation>เปรียบเทียบหน่วยงาน</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>ITA Desktop files (*.db *.ita);;All files (*)</source>
        <translation>ไฟล์ ITA Desktop (*.db *.ita);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Folder…</source>
        <translation>เพิ่มทั้งโฟลเดอร์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>ส่งออกเป็น CSV…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add the offices’ files (.db) to compare their results.</source>
        <translation>เพิ่มไฟล์ (.db) ของหน่วยงานต่าง ๆ เพื่อเปรียบเทียบผลการประเมิน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading %1 files…</source>
        <translation>กำลังอ่านไฟล์ %1 ไฟล์…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read %1 files</source>
        <translation>อ่านไฟล์แล้ว %1 ไฟล์</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Files not compared (%1):</source>
        <translation>ไฟล์ที่นำมาเปรียบเทียบไม่ได้ (%1 ไฟล์):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare Offices — Fiscal Year %1</source>
        <translation>เปรียบเทียบหน่วยงาน — ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Offices’ Files</source>
        <translation>เพิ่มไฟล์ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a Folder of Offices’ Files</source>
        <translation>เพิ่มโฟลเดอร์ที่เก็บไฟล์ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV</source>
        <translation>ส่งออกเป็น CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Save the CSV File</source>
        <translation>บันทึกไฟล์ CSV ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another folder you can write to, such as Documents.</source>
        <translation>ลองเลือกโฟลเดอร์อื่นที่บันทึกได้ เช่น เอกสาร (Documents)</translation>
    </message>
</context>
<context>
    <name>CopyYearDialog</name>
    <message>
        <location filename="../../ui/views/copy_year_dialog.py" line="+38"/>
        <source>Copy Measures into Fiscal Year %1</source>
        <translation>คัดลอกมาตรการมาไว้ในปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tick All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick None</source>
        <translation>ไม่เลือกเลย</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy from fiscal year</source>
        <translation>คัดลอกจากปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other fiscal year in this file has measures to copy.</source>
        <translation>ไฟล์นี้ยังไม่มีปีงบประมาณอื่นที่มีมาตรการให้คัดลอก</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>fiscal year %1 already has a measure with this title</source>
        <translation>ปีงบประมาณ %1 มีมาตรการชื่อนี้แล้ว</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copies keep their responsible units and links; their dates move by %1 year(s). Follow-up results are not copied.</source>
        <translation>มาตรการที่คัดลอกจะมีหน่วยงานผู้รับผิดชอบและการเชื่อมโยงเหมือนเดิม ส่วนวันที่จะเลื่อนไป %1 ปี (ไม่คัดลอกผลการติดตาม)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy %1 Measures</source>
        <translation>คัดลอก %1 มาตรการ</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../ui/document.py" line="+101"/>
        <source>Edit office details</source>
        <translation>แก้ไขข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit score %1</source>
        <translation>แก้ไขคะแนน %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste scores %1</source>
        <translation>วางคะแนน %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit published results</source>
        <translation>แก้ไขผลการประเมินที่ประกาศ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit framework %1</source>
        <translation>แก้ไขกรอบการประเมินปี %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit analysis text</source>
        <translation>แก้ไขข้อความการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <location filename="../../ui/edits/base.py" line="+95"/>
        <location filename="../../ui/edits/readiness.py" line="+86"/>
        <source>This file is open read-only</source>
        <translation>ไฟล์นี้เปิดแบบอ่านอย่างเดียว</translation>
    </message>
</context>
<context>
    <name>DocumentOptionsBox</name>
    <message>
        <location filename="../../ui/views/document_options.py" line="+31"/>
        <source>By indicator</source>
        <translation>ตามตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By analysis issue</source>
        <translation>ตามประเด็นการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tool (IIT, EIT, OIT)</source>
        <translation>ตามเครื่องมือ (IIT, EIT, OIT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In order, numbered</source>
        <translation>เรียงตามลำดับ มีเลขข้อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator / issue</source>
        <translation>ตัวชี้วัด/ประเด็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure / project / activity</source>
        <translation>มาตรการ/โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>ขั้นตอน/วิธีดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible units</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Group the measures</source>
        <translation>จัดกลุ่มมาตรการ</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Columns of the measures table</source>
        <translation>คอลัมน์ของตารางมาตรการ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thai digits</source>
        <translation>เลขไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic digits (1, 2, 3)</source>
        <translation>เลขอารบิก (1, 2, 3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Group the results</source>
        <translation>จัดกลุ่มผลการดำเนินการ</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/views/documents_view.py" line="+61"/>
        <source>Memo sending the measures</source>
        <translation>บันทึกข้อความเสนอมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo sending the results report</source>
        <translation>บันทึกข้อความรายงานผลการดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis report</source>
        <translation>รายงานการวิเคราะห์ผลการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity measures</source>
        <translation>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results report</source>
        <translation>รายงานผลการดำเนินการตามมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis report with the measures (one PDF)</source>
        <translation>รายงานการวิเคราะห์พร้อมมาตรการ (ไฟล์เดียว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memo sending the measures, with the analysis and the measures</source>
        <translation>บันทึกเสนอมาตรการ พร้อมรายงานการวิเคราะห์และมาตรการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memo sending the results report, with the report</source>
        <translation>บันทึกเสนอรายงานผล พร้อมรายงานผลการดำเนินการ</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+214"/>
        <location line="+3"/>
        <source>Preparing the document…</source>
        <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as Word…</source>
        <translation>บันทึกเป็น Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document as a Word file (.docx) to edit its wording before it is signed</source>
        <translation>บันทึกเอกสารเป็นไฟล์ Word (.docx) เพื่อแก้ไขถ้อยคำก่อนเสนอลงนาม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of the last saved PDF</source>
        <translation>เปิดโฟลเดอร์ของไฟล์ PDF ที่บันทึกล่าสุด</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Memo</source>
        <translation>บันทึกข้อความ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Documents, fiscal year %1</source>
        <translation>เอกสาร ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (no measures yet)</source>
        <translation>%1 (ยังไม่มีมาตรการ)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>About the ITA results of fiscal year %1.</source>
        <translation>ว่าด้วยผลการประเมิน ITA ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the measures of fiscal year %1; this file has no ITA results before it.</source>
        <translation>ว่าด้วยมาตรการปีงบประมาณ %1 (ไฟล์นี้ไม่มีผลการประเมิน ITA ก่อนปีนี้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the measures of fiscal year %1, built on the ITA results of fiscal year %2.</source>
        <translation>ว่าด้วยมาตรการปีงบประมาณ %1 ซึ่งจัดทำจากผลการประเมิน ITA ปีงบประมาณ %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fiscal year %1 has no measures yet: the document prints a notice instead of an empty table.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีมาตรการ เอกสารจึงพิมพ์ข้อความแจ้งว่าไม่มีมาตรการแทนตารางเปล่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiscal year %1 has no measures yet: the memo says there are none.</source>
        <translation>ปีงบประมาณ %1 ยังไม่มีมาตรการ บันทึกข้อความจะระบุว่ามี ๐ มาตรการ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The document could not be prepared: %1</source>
        <translation>จัดทำเอกสารไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>EmblemWidget</name>
    <message>
        <location filename="../../ui/views/emblem_widget.py" line="+54"/>
        <source>Choose Image…</source>
        <translation>เลือกภาพ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Image</source>
        <translation>ลบภาพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG or JPEG image of at most 5 MB, printed at the head of memos (1.5 cm high)</source>
        <translation>ไฟล์ภาพ PNG หรือ JPEG ขนาดไม่เกิน 5 MB ใช้พิมพ์ที่หัวบันทึกข้อความ (สูง 1.5 ซม.)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the Emblem Image</source>
        <translation>เลือกภาพตราสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file “%1” is too large (%2 MB); it must be 5 MB or less</source>
        <translation>ไฟล์ “%1” ใหญ่เกินไป (%2 MB) ต้องไม่เกิน 5 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the file “%1” (%2)</source>
        <translation>อ่านไฟล์ “%1” ไม่ได้ (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file “%1” is a damaged image and cannot be opened</source>
        <translation>ไฟล์ “%1” เป็นภาพที่เสียหาย เปิดดูไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change emblem</source>
        <translation>เปลี่ยนตราสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove emblem</source>
        <translation>ลบตราสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is open read-only</source>
        <translation>ไฟล์นี้เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot use the file “%1” as the emblem: %2</source>
        <translation>ใช้ไฟล์ “%1” เป็นตราสัญลักษณ์ไม่ได้: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No image yet</source>
        <translation>ยังไม่มีภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot show the image</source>
        <translation>แสดงภาพไม่ได้</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/views/evidence_dialog.py" line="+42"/>
        <source>Edit Evidence</source>
        <translation>แก้ไขหลักฐาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Evidence</source>
        <translation>เพิ่มหลักฐาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. announcement of the service steps</source>
        <translation>เช่น ประกาศขั้นตอนและระยะเวลาการให้บริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the evidence</source>
        <translation>วันที่ของหลักฐาน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>ชื่อหลักฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date in the Buddhist era, e.g. 5/1/2569 or 5 ม.ค. 2569. The link must start with http:// or https://.</source>
        <translation>พิมพ์วันที่เป็นปี พ.ศ. เช่น 5/1/2569 หรือ 5 ม.ค. 2569 ลิงก์ต้องขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../ui/models/followup_models.py" line="+122"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ลงวันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../ui/file_ops.py" line="+197"/>
        <source>Opening “%1”…</source>
        <translation>กำลังเปิดไฟล์ “%1”…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Open the File</source>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot Create the File</source>
        <translation>สร้างไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file “%1” already exists</source>
        <translation>มีไฟล์ “%1” อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name, or use File › Open… to open that file.</source>
        <translation>กรุณาเลือกชื่ออื่น หรือใช้เมนู แฟ้ม › เปิด… เพื่อเปิดไฟล์นั้น</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saving a copy as “%1”…</source>
        <translation>กำลังบันทึกสำเนาเป็น “%1”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Restore the Backup</source>
        <translation>กู้คืนจากไฟล์สำรองไม่ได้</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The file has not been changed; it opens again as it was.</source>
        <translation>ไฟล์ไม่ได้ถูกแก้ไข และจะเปิดขึ้นมาใหม่ตามเดิม</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Creating “%1”…</source>
        <translation>กำลังสร้างไฟล์ “%1”…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring “%1” from a backup…</source>
        <translation>กำลังกู้คืน “%1” จากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Change Was Not Saved</source>
        <translation>บันทึกการแก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once there is free space again, make the change again. Until then the file stays open for reading and printing.</source>
        <translation>เมื่อไดรฟ์มีที่ว่างแล้ว กรุณาแก้ไขอีกครั้ง ระหว่างนี้ยังเปิดดูและพิมพ์เอกสารจากไฟล์ได้ตามปกติ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file now stays open read-only. Save a Copy As… keeps what is shown.</source>
        <translation>จากนี้ไฟล์จะเปิดแบบอ่านอย่างเดียว ใช้ “บันทึกสำเนาเป็น…” เพื่อเก็บข้อมูลที่เห็นอยู่ไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the drive or the network connection is back, make the change again.</source>
        <translation>เมื่อไดรฟ์หรือการเชื่อมต่อเครือข่ายกลับมาใช้ได้แล้ว กรุณาแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a Copy As…</source>
        <translation>บันทึกสำเนาเป็น…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Save the Copy</source>
        <translation>บันทึกสำเนาไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another folder you can write to, such as Documents or the Desktop.</source>
        <translation>ลองเลือกโฟลเดอร์อื่นที่เขียนได้ เช่น เอกสาร หรือเดสก์ท็อป</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has not been changed.</source>
        <translation>ไฟล์นี้ไม่ได้ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that was open before is still open.</source>
        <translation>ไฟล์ที่เปิดอยู่ก่อนหน้ายังเปิดอยู่ตามเดิม</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ITA Desktop keeps daily backups of this file: you can put one of them back.</source>
        <translation>ITA Desktop มีไฟล์สำรองรายวันของไฟล์นี้อยู่ สามารถกู้คืนจากไฟล์สำรองวันใดวันหนึ่งได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Install the latest version of the program, then open this file again.</source>
        <translation>ติดตั้งโปรแกรมรุ่นล่าสุดแล้วเปิดไฟล์นี้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the sender for a fresh copy, or open the backup file with “backup” in its name in the same folder.</source>
        <translation>ขอให้ผู้ส่งคัดลอกไฟล์มาให้ใหม่ หรือเปิดไฟล์สำรองที่มีคำว่า backup ในชื่อ ซึ่งอยู่ในโฟลเดอร์เดียวกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is another program’s database. Choose a .db file made by ITA Desktop.</source>
        <translation>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น กรุณาเลือกไฟล์ .db ที่สร้างจาก ITA Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a .db file made by ITA Desktop.</source>
        <translation>กรุณาเลือกไฟล์ .db ที่สร้างจาก ITA Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder you can write to (such as Documents) and open it from there.</source>
        <translation>คัดลอกไฟล์ไปไว้ในโฟลเดอร์ที่เขียนได้ (เช่น เอกสาร) แล้วเปิดจากที่นั่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file may have been moved, renamed or deleted. Choose it with File › Open…</source>
        <translation>ไฟล์อาจถูกย้าย เปลี่ยนชื่อ หรือลบไปแล้ว กรุณาเลือกไฟล์ด้วยเมนู แฟ้ม › เปิด…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs that may be using this file, then try again.</source>
        <translation>ปิดโปรแกรมอื่นที่อาจใช้ไฟล์นี้อยู่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Create the Example File</source>
        <translation>สร้างไฟล์ตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Use File › New… to create the office’s file.</source>
        <translation>ใช้เมนู แฟ้ม › ใหม่… เพื่อสร้างไฟล์ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the example file…</source>
        <translation>กำลังเตรียมไฟล์ตัวอย่าง…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ITA Desktop files (*.db *.ita);;All files (*)</source>
        <translation>ไฟล์ ITA Desktop (*.db *.ita);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open File</source>
        <translation>เปิดไฟล์</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>New File</source>
        <translation>สร้างไฟล์ใหม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-copy%2</source>
        <comment>file name of a copy: %1 the name, %2 the extension</comment>
        <translation>%1-สำเนา%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a Copy As</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <location filename="../../ui/session.py" line="+155"/>
        <source>The editing lock of “%1” could not be released; it will be taken as stale</source>
        <translation>ปลดล็อกการแก้ไขไฟล์ “%1” ไม่สำเร็จ ล็อกที่ค้างอยู่จะถือว่าหมดอายุ</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The daily backup could not be made: %1</source>
        <translation>สำรองไฟล์ประจำวันไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not confirm that this window still holds the file: %1</source>
        <translation>ตรวจสอบไม่ได้ว่าหน้าต่างนี้ยังเป็นผู้แก้ไขไฟล์อยู่: %1</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <location filename="../../ui/models/followup_models.py" line="-108"/>
        <source>Not started</source>
        <translation>ยังไม่ดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>อยู่ระหว่างดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter 1</source>
        <translation>ไตรมาส 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 2</source>
        <translation>ไตรมาส 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 3</source>
        <translation>ไตรมาส 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 4</source>
        <translation>ไตรมาส 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole year</source>
        <translation>ทั้งปี</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No report yet</source>
        <translation>ยังไม่มีรายงานผล</translation>
    </message>
</context>
<context>
    <name>FollowupEdits</name>
    <message>
        <location filename="../../ui/edits/followups.py" line="+159"/>
        <source>Record follow-up %1</source>
        <translation>บันทึกผลการดำเนินการ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Add evidence</source>
        <translation>เพิ่มหลักฐาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit evidence</source>
        <translation>แก้ไขหลักฐาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove evidence</source>
        <translation>ลบหลักฐาน</translation>
    </message>
</context>
<context>
    <name>FollowupOverview</name>
    <message>
        <location filename="../../ui/views/followup_overview.py" line="+38"/>
        <source>Progress of the year’s measures</source>
        <translation>ความก้าวหน้าของมาตรการประจำปี</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>By quarter</source>
        <translation>ตามไตรมาส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By responsible unit</source>
        <translation>ตามหน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(%1 measures)</source>
        <translation>(%1 มาตรการ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late</source>
        <translation>ล่าช้า</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../ui/views/followup_view.py" line="+139"/>
        <source>Results (what was done)</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome or success</source>
        <translation>ผลลัพธ์หรือความสำเร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add Evidence…</source>
        <translation>เพิ่มหลักฐาน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evidence (dated documents and their links)</source>
        <translation>หลักฐาน (เอกสารพร้อมวันที่และลิงก์)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This year has no measures yet. Add them under Measures; their follow-up is recorded here.</source>
        <translation>ปีงบประมาณนี้ยังไม่มีมาตรการ เพิ่มมาตรการได้ที่หัวข้อ มาตรการ แล้วบันทึกผลการดำเนินการได้ที่นี่</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Follow-up of measures, fiscal year %1</source>
        <translation>ติดตามผลการดำเนินการตามมาตรการ ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Responsible: %1</source>
        <translation>ผู้รับผิดชอบ: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last saved %1.</source>
        <translation>บันทึกล่าสุด %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report for %1 yet: what you enter here is saved as its report.</source>
        <translation>ยังไม่มีรายงานผลรอบ%1 ข้อมูลที่กรอกที่นี่จะบันทึกเป็นรายงานผลของรอบนี้</translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <location filename="../../ui/views/framework_view.py" line="+69"/>
        <source>Tools and Ratings</source>
        <translation>เครื่องมือและระดับผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators and Items</source>
        <translation>ตัวชี้วัดและข้อคำถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis issues</source>
        <translation>ประเด็นการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a cell to edit it. Every edit is checked against the framework’s rules before it is saved, recomputes the results at once, and can be undone (Edit › Undo).</source>
        <translation>ดับเบิลคลิกที่ช่องเพื่อแก้ไข ทุกการแก้ไขตรวจสอบตามกติกาของกรอบก่อนบันทึก คำนวณผลใหม่ทันที และเลิกทำได้ (แก้ไข › เลิกทำ)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tools and weights</source>
        <translation>เครื่องมือและน้ำหนัก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard Unsaved Weights</source>
        <translation>ยกเลิกน้ำหนักที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rating levels (checked from the top; the first level reached is the rating)</source>
        <translation>ระดับผลการประเมิน (ตรวจจากบนลงล่าง ระดับแรกที่ผ่านคือผล)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code, e.g. o25</source>
        <translation>รหัส เช่น o25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item title</source>
        <translation>ชื่อข้อคำถาม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Item</source>
        <translation>เพิ่มข้อคำถาม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an item to</source>
        <translation>เพิ่มข้อคำถามใน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Framework, fiscal year %1 — %2</source>
        <translation>กรอบการประเมิน ปีงบประมาณ %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>ที่มา: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This framework has not been checked against the NACC manual. Review the items and weights before using the results.</source>
        <translation>กรอบนี้ยังไม่ได้ตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช. โปรดตรวจทานข้อคำถามและน้ำหนักก่อนใช้ผล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The unsaved weights (yellow) add up to %1; they are saved when they add up to 100</source>
        <translation>น้ำหนักที่ยังไม่บันทึก (พื้นสีเหลือง) รวม %1 ต้องรวมกันได้ 100 จึงจะบันทึก</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Framework %1</source>
        <translation>กรอบการประเมินปี %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is open read-only</source>
        <translation>ไฟล์นี้เปิดแบบอ่านอย่างเดียว</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+40"/>
        <source>ITA Desktop Guide</source>
        <translation>คู่มือการใช้งาน ITA Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The guide could not be read: %1</source>
        <translation>เปิดคู่มือไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>คู่มือการใช้งาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ITA Desktop %1</source>
        <translation>ITA Desktop รุ่น %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ITA Desktop</source>
        <translation>เกี่ยวกับ ITA Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyses the office’s ITA results, sets and follows up its integrity measures and prints the memos and reports, all on this computer. Fonts: Sarabun (SIL Open Font License).</source>
        <translation>โปรแกรมวิเคราะห์ผลการประเมิน ITA ของหน่วยงาน จัดทำและติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส และพิมพ์บันทึกข้อความและรายงาน ทั้งหมดทำงานในเครื่องนี้ ฟอนต์: Sarabun (SIL Open Font License)</translation>
    </message>
</context>
<context>
    <name>ImageEdits</name>
    <message>
        <location filename="../../ui/edits/report_images.py" line="+88"/>
        <source>Choose a PNG or JPEG picture</source>
        <translation>กรุณาเลือกภาพชนิด PNG หรือ JPEG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The picture cannot be read: %1</source>
        <translation>อ่านไฟล์ภาพไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add picture</source>
        <translation>เพิ่มภาพ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit picture caption</source>
        <translation>แก้ไขคำบรรยายภาพ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move picture</source>
        <translation>ย้ายลำดับภาพ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove picture</source>
        <translation>นำภาพออก</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/views/import_dialog.py" line="+59"/>
        <source>Import from Another File</source>
        <translation>นำเข้าข้อมูลจากไฟล์อื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Reading “%1”…</source>
        <translation>กำลังอ่าน “%1”…</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>An import cannot be undone with Undo, and it clears this session’s Undo history. Before importing, a copy of this file as it is now is saved beside it (“%1.before-import-…db”); open that copy to go back.</source>
        <translation>การนำเข้าข้อมูลยกเลิกด้วยคำสั่ง เลิกทำ ไม่ได้ และจะล้างประวัติการเลิกทำของการใช้งานครั้งนี้ ก่อนนำเข้าโปรแกรมจะบันทึกสำเนาของไฟล์นี้ตามสภาพปัจจุบันไว้ในโฟลเดอร์เดียวกัน (“%1.before-import-…db”) หากต้องการย้อนกลับให้เปิดไฟล์สำเนานั้น</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a row to see the whole record here.</source>
        <translation>เลือกรายการเพื่อดูข้อมูลทั้งหมดของรายการนั้นที่นี่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep This File’s for All</source>
        <translation>ใช้ข้อมูลของไฟล์นี้ทุกรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the Imported File’s for All</source>
        <translation>ใช้ข้อมูลของไฟล์ที่นำเข้าทุกรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Keep both” is offered for measures (the imported one is added as a second measure) and for evidence.</source>
        <translation>“เก็บทั้งสอง” เลือกได้เฉพาะมาตรการ (มาตรการจากไฟล์ที่นำเข้าจะเพิ่มเป็นอีกมาตรการหนึ่ง) และหลักฐาน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing from “%1”%2</source>
        <translation>นำเข้าข้อมูลจาก “%1”%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to add, %2 in conflict, %3 already the same.</source>
        <translation>เพิ่มใหม่ %1 รายการ ขัดแย้ง %2 รายการ เหมือนกันอยู่แล้ว %3 รายการ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This file</source>
        <translation>ไฟล์นี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported file</source>
        <translation>ไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot import “%1”</source>
        <translation>นำเข้าข้อมูลจาก “%1” ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither file has been changed.</source>
        <translation>ไม่มีการแก้ไขไฟล์ใดทั้งสิ้น</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 conflicts still need a choice.</source>
        <translation>ยังต้องเลือกรายการที่ขัดแย้งอีก %1 รายการ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to import: this file already has everything in the other file.</source>
        <translation>ไม่มีข้อมูลที่ต้องนำเข้า ไฟล์นี้มีข้อมูลทุกอย่างของไฟล์นั้นอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving a safety copy of this file before importing…</source>
        <translation>กำลังสำรองไฟล์นี้ไว้ก่อนนำเข้า…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The safety copy could not be saved, so nothing was imported: %1</source>
        <translation>บันทึกสำเนาก่อนนำเข้าไม่สำเร็จ จึงยังไม่ได้นำเข้าข้อมูล: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: this window can no longer save to the file.</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลใด เพราะหน้าต่างนี้บันทึกลงไฟล์นี้ไม่ได้แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported; the file is as it was: %1</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด ไฟล์ยังเหมือนเดิม: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlanModel</name>
    <message>
        <location filename="../../ui/models/import_plan_model.py" line="+46"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file</source>
        <translation>ไฟล์นี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>ไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Keep both</source>
        <translation>เก็บทั้งสอง</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Conflicts (%1): choose what to keep</source>
        <translation>ข้อมูลขัดแย้ง (%1): เลือกข้อมูลที่จะใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be added (%1)</source>
        <translation>จะเพิ่มใหม่ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already the same (%1)</source>
        <translation>เหมือนกันอยู่แล้ว (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not in this file)</source>
        <translation>(ไม่มีในไฟล์นี้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be added</source>
        <translation>จะเพิ่มเข้ามา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same</source>
        <translation>เหมือนกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with the copied measure</source>
        <translation>นำเข้าพร้อมมาตรการที่เก็บทั้งสอง</translation>
    </message>
</context>
<context>
    <name>InUseDialog</name>
    <message>
        <location filename="../../ui/views/in_use_dialog.py" line="+41"/>
        <source>File Already Open</source>
        <translation>ไฟล์กำลังเปิดใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;“%1” is already open for editing&lt;/b&gt;</source>
        <translation>&lt;b&gt;ไฟล์ “%1” กำลังเปิดแก้ไขอยู่&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>So that nobody’s work is saved over, only one person at a time can edit a file. You can open it read-only to look at it and print from it. To edit it, ask that person to close the file, then open it again.</source>
        <translation>เพื่อไม่ให้งานของใครถูกบันทึกทับ ไฟล์หนึ่งแก้ไขได้ครั้งละหนึ่งคนเท่านั้น สามารถเปิดแบบอ่านอย่างเดียวเพื่อดูข้อมูลและพิมพ์เอกสารได้ หากต้องการแก้ไข กรุณาขอให้ผู้นั้นปิดไฟล์ก่อน แล้วเปิดไฟล์นี้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Read-Only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>It is being edited by &lt;b&gt;%1&lt;/b&gt; on the computer &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>ผู้ที่กำลังแก้ไขคือ &lt;b&gt;%1&lt;/b&gt; ที่เครื่อง &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is being edited on the computer &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>กำลังแก้ไขอยู่ที่เครื่อง &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is being edited by another user or another ITA Desktop window.</source>
        <translation>กำลังแก้ไขอยู่โดยผู้ใช้อื่น หรือในหน้าต่าง ITA Desktop อีกหน้าต่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open since %1 at %2.</source>
        <translation>เปิดไว้ตั้งแต่วันที่ %1 เวลา %2 น.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last seen working at %1.</source>
        <translation>ยังใช้งานอยู่ล่าสุดเมื่อเวลา %1 น.</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../ui/views/indicator_form.py" line="+61"/>
        <source>Indicator %1 %2</source>
        <translation>ตัวชี้วัดที่ %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator score</source>
        <translation>คะแนนตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score of indicator %1</source>
        <translation>คะแนนตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill this in when only the indicator score is known (leave it empty to compute it from the item scores)</source>
        <translation>กรอกช่องนี้เมื่อทราบเฉพาะคะแนนรายตัวชี้วัด (เว้นว่างไว้เพื่อคำนวณจากคะแนนรายข้อ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Items (paste a whole column of scores with Ctrl+V)</source>
        <translation>ข้อคำถาม (วางคะแนนทั้งคอลัมน์ได้ด้วย Ctrl+V)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Computed from the items: %1</source>
        <translation>คำนวณจากข้อคำถาม: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computed: %1</source>
        <translation>คำนวณได้ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items not scored (the indicator score is used)</source>
        <translation>ไม่ได้รับการประเมินรายข้อ (ใช้คะแนนตัวชี้วัด)</translation>
    </message>
</context>
<context>
    <name>IndicatorScoresForm</name>
    <message>
        <location filename="../../ui/views/indicator_scores.py" line="+41"/>
        <source>Indicator scores</source>
        <translation>คะแนนรายตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the %1 indicator scores as the NACC published them: Return or Tab moves to the next one. Or copy the column of scores and paste it with Ctrl+V into the first field. Item scores, when known, go in each indicator’s own page.</source>
        <translation>พิมพ์คะแนนทั้ง %1 ตัวชี้วัดตามที่ สำนักงาน ป.ป.ช. ประกาศ กด Enter หรือ Tab เพื่อไปตัวชี้วัดถัดไป หรือคัดลอกคะแนนทั้งคอลัมน์แล้ววางด้วย Ctrl+V ที่ช่องแรก ถ้ามีคะแนนรายข้อคำถาม ให้กรอกในหน้าของแต่ละตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score of indicator %1</source>
        <translation>คะแนนตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Computed from the items: %1</source>
        <translation>คำนวณจากข้อคำถาม: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicator_table.py" line="+19"/>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below 85</source>
        <translation>ต่ำกว่า 85</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <location filename="../../ui/views/issue_panel.py" line="+42"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Cause</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Guideline for improvement</source>
        <translation>แนวทางการยกระดับ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Issue %1 %2</source>
        <translation>ประเด็นที่ %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest score in this issue</source>
        <translation>คะแนนน้อยที่สุดในประเด็นนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (edited by the office)</source>
        <translation> (หน่วยงานแก้ไขเอง)</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/models/framework_models.py" line="+377"/>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis issue</source>
        <translation>ประเด็นการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items (comma-separated)</source>
        <translation>ข้อคำถาม (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicators (comma-separated)</source>
        <translation>ตัวชี้วัด (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The title must not be empty</source>
        <translation>ชื่อต้องไม่ว่าง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter indicator numbers separated by commas, e.g. 1, 2, 9</source>
        <translation>ใส่หมายเลขตัวชี้วัด คั่นด้วยจุลภาค เช่น 1, 2, 9</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location line="-120"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator / item</source>
        <translation>ตัวชี้วัด / ข้อคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>มาตรวัด</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The title must not be empty</source>
        <translation>ชื่อต้องไม่ว่าง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the item’s code and title</source>
        <translation>กรุณากรอกรหัสและชื่อข้อคำถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already an item with code %1</source>
        <translation>มีข้อคำถามรหัส %1 อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+106"/>
        <source>&lt;b&gt;This is the example file.&lt;/b&gt; All its data is made up; try typing or editing anything.&lt;br&gt;When you are ready, create the office’s own file and enter the office details and results there.</source>
        <translation>&lt;b&gt;นี่คือไฟล์ตัวอย่าง&lt;/b&gt; ข้อมูลทั้งหมดเป็นข้อมูลสมมติ ทดลองกรอกหรือแก้ไขได้ตามสบาย&lt;br&gt;เมื่อพร้อมแล้ว ให้สร้างไฟล์ของหน่วยงาน แล้วกรอกข้อมูลหน่วยงานและผลการประเมินในไฟล์นั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the Office’s File…</source>
        <translation>สร้างไฟล์ของหน่วยงาน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an Existing File…</source>
        <translation>เปิดไฟล์ที่มีอยู่…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;File</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>ใหม่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>เปิดไฟล์ล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Fiscal Year…</source>
        <translation>เพิ่มปีงบประมาณ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy As…</source>
        <translation>บันทึกสำเนาเป็น…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from Backup…</source>
        <translation>กู้คืนจากไฟล์สำรอง…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close File</source>
        <translation>ปิดไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The file was restored from the backup; the file as it was is kept as a “before restore” copy</source>
        <translation>กู้คืนไฟล์จากไฟล์สำรองแล้ว ไฟล์เดิมก่อนกู้คืนถูกเก็บไว้เป็นสำเนา “ก่อนกู้คืน”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved a copy as %1</source>
        <translation>บันทึกสำเนาเป็น %1 แล้ว</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Add the Fiscal Year</source>
        <translation>เพิ่มปีงบประมาณไม่ได้</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved automatically</source>
        <translation>บันทึกอัตโนมัติทุกครั้งที่แก้ไข</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>(office not named yet)</source>
        <translation>(ยังไม่ได้ตั้งชื่อหน่วยงาน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no file name)</source>
        <translation>(ไม่มีชื่อไฟล์)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
</context>
<context>
    <name>MeasureEdits</name>
    <message>
        <location filename="../../ui/edits/measures.py" line="+224"/>
        <source>Add measure</source>
        <translation>เพิ่มมาตรการ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Duplicate measure</source>
        <translation>ทำสำเนามาตรการ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy %1 measures from another year</source>
        <translation>คัดลอกมาตรการจากปีอื่น %1 รายการ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate %1 measures</source>
        <translation>ทำสำเนา %1 มาตรการ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit measure</source>
        <translation>แก้ไขมาตรการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit measure: %1</source>
        <translation>แก้ไขมาตรการ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete measure</source>
        <translation>ลบมาตรการ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete %1 measures</source>
        <translation>ลบ %1 มาตรการ</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>Move measure</source>
        <translation>ย้ายลำดับมาตรการ</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+18"/>
        <source>Move %1 measures</source>
        <translation>ย้ายลำดับ %1 มาตรการ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add unit</source>
        <translation>เพิ่มหน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename unit</source>
        <translation>เปลี่ยนชื่อหน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit</source>
        <translation>ลบหน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>title</source>
        <translation>ชื่อมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysis</source>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps</source>
        <translation>ขั้นตอนการดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>วันเริ่มต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible units</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>การเชื่อมโยง</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../ui/views/measure_form.py" line="+79"/>
        <source>Add a measure with “Add”, or choose one in the table to edit it here.</source>
        <translation>กด “เพิ่ม” เพื่อเพิ่มมาตรการ หรือเลือกมาตรการในตารางเพื่อแก้ไขที่นี่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure title</source>
        <translation>ชื่อมาตรการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Analysis</source>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>ขั้นตอน/วิธีดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Item codes, e.g. i1, o34</source>
        <translation>รหัสข้อคำถาม เช่น i1, o34</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked items</source>
        <translation>ข้อคำถามที่เชื่อมโยง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measure / project / activity</source>
        <translation>มาตรการ/โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analysis (why this measure)</source>
        <translation>ผลการวิเคราะห์ (เหตุผลของมาตรการ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps / how it is carried out</source>
        <translation>ขั้นตอน/วิธีดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible units (the first leads)</source>
        <translation>ผู้รับผิดชอบ (หน่วยงานแรกเป็นหน่วยงานหลัก)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>ระยะเวลาดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators it answers</source>
        <translation>ตัวชี้วัดที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis issues it answers</source>
        <translation>ประเด็นการวิเคราะห์ที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items it answers</source>
        <translation>ข้อคำถามที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 measures chosen. Choose one to edit it here.</source>
        <translation>เลือกไว้ %1 มาตรการ (เลือกมาตรการเดียวเพื่อแก้ไขที่นี่)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Not saved: %1 is not an item of the framework of %2. Check the codes (e.g. i1, e3, o34).</source>
        <translation>ยังไม่ได้บันทึก: %1 ไม่ใช่ข้อคำถามในกรอบการประเมินปี %2 กรุณาตรวจสอบรหัส (เช่น i1, e3, o34)</translation>
    </message>
</context>
<context>
    <name>MeasureStatusModel</name>
    <message>
        <location filename="../../ui/models/followup_models.py" line="+19"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>มาตรการ/โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest report</source>
        <translation>รายงานผลล่าสุด</translation>
    </message>
</context>
<context>
    <name>MeasuresModel</name>
    <message>
        <location filename="../../ui/models/measures_model.py" line="+42"/>
        <source>Indicator %1</source>
        <translation>ตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue %1</source>
        <translation>ประเด็น %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure / project / activity</source>
        <translation>มาตรการ/โครงการ/กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible units</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>เชื่อมโยงกับ</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <location filename="../../ui/views/measures_view.py" line="+185"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a measure at the end of the table (Insert)</source>
        <translation>เพิ่มมาตรการต่อท้ายตาราง (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Copy the chosen measures, with their units and links, each right after itself</source>
        <translation>ทำสำเนามาตรการที่เลือก พร้อมผู้รับผิดชอบและการเชื่อมโยง ไว้ถัดจากมาตรการเดิมแต่ละรายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the chosen measures and their follow-up (Delete; Edit › Undo brings them back)</source>
        <translation>ลบมาตรการที่เลือกพร้อมผลการติดตาม (Delete; เลิกทำได้ที่ แก้ไข › เลิกทำ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the chosen measures up (Ctrl+Up)</source>
        <translation>เลื่อนมาตรการที่เลือกขึ้น (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chosen measures down (Ctrl+Down)</source>
        <translation>เลื่อนมาตรการที่เลือกลง (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Rows</source>
        <translation>คัดลอกแถว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggest Measures…</source>
        <translation>เสนอร่างมาตรการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft measures from the weak points of the latest assessment</source>
        <translation>ร่างมาตรการจากจุดที่ควรพัฒนาของผลการประเมินครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy from Another Year…</source>
        <translation>คัดลอกจากปีอื่น…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy measures of another fiscal year into this one</source>
        <translation>คัดลอกมาตรการของปีงบประมาณอื่นมาไว้ในปีนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible Units…</source>
        <translation>หน่วยงานผู้รับผิดชอบ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or delete the office&apos;s responsible units</source>
        <translation>เพิ่ม เปลี่ยนชื่อ หรือลบหน่วยงานผู้รับผิดชอบของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Measures, fiscal year %1</source>
        <translation>มาตรการ ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 measures</source>
        <translation>%1 มาตรการ</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>New measure</source>
        <translation>มาตรการใหม่</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete measures</source>
        <translation>ลบมาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the %1 chosen measures and their follow-up? Edit › Undo brings them all back.</source>
        <translation>ลบมาตรการที่เลือกไว้ %1 มาตรการ พร้อมผลการติดตามหรือไม่ (นำกลับมาได้ทั้งหมดที่ แก้ไข › เลิกทำ)</translation>
    </message>
</context>
<context>
    <name>MemoEdits</name>
    <message>
        <location filename="../../ui/edits/memos.py" line="+65"/>
        <source>Edit memo</source>
        <translation>แก้ไขบันทึกข้อความ</translation>
    </message>
</context>
<context>
    <name>MemoForm</name>
    <message>
        <location filename="../../ui/views/memo_form.py" line="+72"/>
        <source>An empty field prints the draft. Next year’s memo starts from this year’s addressee, signer and comment blocks.</source>
        <translation>ช่องที่เว้นว่างจะพิมพ์ตามร่าง ปีถัดไปจะเริ่มจากผู้รับ ผู้ลงนาม และช่องความเห็นของปีนี้</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>เรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Body</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Re-draft from the Data</source>
        <translation>ร่างใหม่จากข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the body with a new draft from the analysis and the measures</source>
        <translation>แทนข้อความด้วยร่างใหม่จากผลการวิเคราะห์และมาตรการ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approval (approve / do not approve boxes)</source>
        <translation>พิจารณาอนุมัติ (มีช่องอนุมัติ/ไม่อนุมัติ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information only (no approval boxes)</source>
        <translation>ทราบ (ไม่มีช่องอนุมัติ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The memo asks</source>
        <translation>เสนอเพื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing sentence</source>
        <translation>คำลงท้าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer’s position</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment blocks before the chief executive’s, in the order of signing</source>
        <translation>ช่องความเห็นก่อนถึงผู้บริหาร เรียงตามลำดับการลงนาม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the chief executive’s decision block</source>
        <translation>พิมพ์ช่องข้อพิจารณา/สั่งการของผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive’s name</source>
        <translation>ชื่อผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive’s position</source>
        <translation>ตำแหน่งผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive’s comment</source>
        <translation>ข้อพิจารณาของผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: written by hand</source>
        <translation>เว้นว่างไว้เพื่อเขียนด้วยมือ</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Re-draft the Memo</source>
        <translation>ร่างบันทึกข้อความใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office has edited the body of this memo. Replace it with a new draft from the data? (Edit › Undo brings the edited text back.)</source>
        <translation>ข้อความของบันทึกนี้ได้แก้ไขไว้แล้ว ต้องการแทนด้วยร่างใหม่จากข้อมูลหรือไม่ (เลิกทำได้ที่ แก้ไข › เลิกทำ)</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../ui/navigation.py" line="+54"/>
        <source>Getting Started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+31"/>
        <source>Office Details</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiscal Year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Results</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Analysis</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Framework</source>
        <translation>กรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Measures</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>OIT Readiness</source>
        <translation>ความพร้อม OIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/undo_feedback.py" line="+1"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
</context>
<context>
    <name>NoFilePage</name>
    <message>
        <location filename="../../ui/views/start_page.py" line="+68"/>
        <source>No file is open</source>
        <translation>ยังไม่ได้เปิดไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of an office’s ITA work is kept in one file. Create it once, then open it again each time (File › Open Recent).</source>
        <translation>งาน ITA ทั้งหมดของหน่วยงานเก็บอยู่ในไฟล์เดียว สร้างไฟล์ครั้งเดียว แล้วเปิดไฟล์เดิมทุกครั้ง (แฟ้ม › เปิดไฟล์ล่าสุด)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the Office’s File…</source>
        <translation>สร้างไฟล์ของหน่วยงาน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a File…</source>
        <translation>เปิดไฟล์…</translation>
    </message>
</context>
<context>
    <name>OfficialForm</name>
    <message>
        <location filename="../../ui/views/official_form.py" line="+37"/>
        <source>Results published by the NACC</source>
        <translation>ผลการประเมินที่ ป.ป.ช. ประกาศ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the figures as published in the ITAS system, so the program can check them against the computed scores.</source>
        <translation>กรอกตามที่ประกาศในระบบ ITAS เพื่อให้โปรแกรมตรวจทานกับคะแนนที่คำนวณได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total score</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rating</source>
        <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. เทศบาลตำบล</source>
        <translation>เช่น เทศบาลตำบล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among offices of type</source>
        <translation>ของหน่วยงานประเภท</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not entered</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rank must be a whole number of 1 or more</source>
        <translation>ลำดับที่ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../ui/models/followup_models.py" line="+99"/>
        <source>Quarter 1 (Oct–Dec)</source>
        <translation>ไตรมาส 1 (ต.ค.–ธ.ค.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 2 (Jan–Mar)</source>
        <translation>ไตรมาส 2 (ม.ค.–มี.ค.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 3 (Apr–Jun)</source>
        <translation>ไตรมาส 3 (เม.ย.–มิ.ย.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 4 (Jul–Sep)</source>
        <translation>ไตรมาส 4 (ก.ค.–ก.ย.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends outside the year</source>
        <translation>สิ้นสุดนอกปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end date</source>
        <translation>ไม่ระบุวันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>กำลังทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Quarter of the end date</source>
        <translation>ไตรมาสที่สิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible unit</source>
        <translation>หน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no unit)</source>
        <translation>(ไม่ระบุหน่วยงาน)</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../../ui/models/paste_preview.py" line="+67"/>
        <source>More lines than there are indicators from here</source>
        <translation>มีจำนวนบรรทัดมากกว่าตัวชี้วัดที่เหลือตั้งแต่ตัวนี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More lines than this tool has items</source>
        <translation>เกินจำนวนข้อคำถามของเครื่องมือนี้</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>indicators %1</source>
        <translation>ตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items %1</source>
        <translation>ข้อคำถาม %1</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../ui/views/paste_dialog.py" line="+31"/>
        <source>Paste Scores from the Clipboard</source>
        <translation>วางคะแนนจากคลิปบอร์ด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some lines cannot be saved (see the rightmost column). Correct the copied data and paste again.</source>
        <translation>มีบางบรรทัดที่บันทึกไม่ได้ (ดูคอลัมน์ขวาสุด) กรุณาแก้ข้อมูลที่คัดลอกมาแล้ววางใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These %1 scores will be saved as the scores of %2; item scores are not changed. Check them, then press OK.</source>
        <translation>คะแนน %1 รายการนี้จะบันทึกเป็นคะแนนของ%2 โดยไม่เปลี่ยนคะแนนรายข้อคำถาม ตรวจดูแล้วกด ตกลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These %1 scores will be saved as the scores of %2. Check them, then press OK.</source>
        <translation>คะแนน %1 รายการนี้จะบันทึกเป็นคะแนนของ%2 ตรวจดูแล้วกด ตกลง</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <location filename="../../ui/models/paste_preview.py" line="+7"/>
        <source>Goes to</source>
        <translation>บันทึกที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted</source>
        <translation>ที่วาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>คะแนนเดิม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score to save</source>
        <translation>คะแนนที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Indicator %1</source>
        <translation>ตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not entered yet</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/views/pdf_preview.py" line="+55"/>
        <source>Previous page</source>
        <translation>หน้าก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>หน้าถัดไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit Width</source>
        <translation>พอดีความกว้าง</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The preview cannot show this file.</source>
        <translation>แสดงตัวอย่างไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="+126"/>
        <source>Start date</source>
        <translation>วันเริ่มต้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period shortcuts</source>
        <translation>ช่วงเวลาที่ใช้บ่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a period…</source>
        <translation>เลือกช่วงเวลา…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole fiscal year</source>
        <translation>ทั้งปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter 1 (Oct–Dec)</source>
        <translation>ไตรมาส 1 (ต.ค.–ธ.ค.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 2 (Jan–Mar)</source>
        <translation>ไตรมาส 2 (ม.ค.–มี.ค.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter 3 (Apr–Jun)</source>
        <translation>ไตรมาส 3 (เม.ย.–มิ.ย.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter 4 (Jul–Sep)</source>
        <translation>ไตรมาส 4 (ก.ค.–ก.ย.)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The end date %1 is before the start date %2.</source>
        <translation>วันสิ้นสุด %1 อยู่ก่อนวันเริ่มต้น %2 กรุณาตรวจสอบช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <location filename="../../ui/views/print_support.py" line="+97"/>
        <source>Cannot write %1 (%2)</source>
        <translation>บันทึกไฟล์ %1 ไม่ได้ (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the document to print (%1)</source>
        <translation>อ่านเอกสารที่จะพิมพ์ไม่ได้ (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not start printing</source>
        <translation>เครื่องพิมพ์เริ่มพิมพ์ไม่ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer could not start a new page</source>
        <translation>เครื่องพิมพ์ขึ้นหน้าใหม่ไม่ได้</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Printed, pages: %1</source>
        <translation>ส่งพิมพ์แล้ว %1 หน้า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not printed: %1</source>
        <translation>พิมพ์ไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Printing…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/views/profile_view.py" line="+39"/>
        <source>Office Details</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These details appear in every document. Each is saved when you press Enter or move to another field.</source>
        <translation>ข้อมูลนี้ใช้ในเอกสารทุกฉบับ บันทึกทันทีเมื่อกด Enter หรือย้ายไปช่องอื่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation>ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. เทศบาลตำบลโพธิ์ชัย</source>
        <translation>เช่น เทศบาลตำบลโพธิ์ชัย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District</source>
        <translation>อำเภอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emblem</source>
        <translation>ตราสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memo</source>
        <translation>บันทึกข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. สำนักปลัด</source>
        <translation>เช่น สำนักปลัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number prefix (ที่)</source>
        <translation>เลขที่หนังสือ (ที่)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. นค ๕๓๗๑๑</source>
        <translation>เช่น นค ๕๓๗๑๑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signers</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief executive</source>
        <translation>ผู้บริหารสูงสุด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permanent secretary / deputy</source>
        <translation>ปลัด/รองผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report author</source>
        <translation>ผู้จัดทำรายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: name</source>
        <translation>%1 ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
</context>
<context>
    <name>RatingModel</name>
    <message>
        <location filename="../../ui/models/framework_models.py" line="+57"/>
        <source>Rating</source>
        <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum total</source>
        <translation>คะแนนรวมขั้นต่ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum of every tool</source>
        <translation>ทุกเครื่องมือขั้นต่ำ</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/read_only.py" line="+65"/>
        <source>Save a Copy to Edit…</source>
        <translation>บันทึกสำเนาเพื่อแก้ไข…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Open Again</source>
        <translation>เปิดอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Someone else is editing this file, so it is open read-only here&lt;/b&gt; (%1)&lt;br&gt;To edit it here, ask them to close the file, then choose Open Again.</source>
        <translation>&lt;b&gt;มีผู้อื่นกำลังแก้ไขไฟล์นี้ จึงเปิดที่นี่ได้แบบอ่านอย่างเดียว&lt;/b&gt; (%1)&lt;br&gt;หากต้องการแก้ไขที่เครื่องนี้ กรุณาขอให้ผู้นั้นปิดไฟล์ก่อน แล้วกด “เปิดอีกครั้ง”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;This file is open read-only and cannot be edited&lt;/b&gt; (%1)&lt;br&gt;To edit it, save a copy in a folder you can write to and open the copy.</source>
        <translation>&lt;b&gt;ไฟล์นี้เปิดแบบอ่านอย่างเดียว แก้ไขไม่ได้&lt;/b&gt; (%1)&lt;br&gt;หากต้องการแก้ไข ให้บันทึกสำเนาไว้ในโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนานั้น</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="+18"/>
        <source>Published</source>
        <translation>เผยแพร่แล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs update</source>
        <translation>ต้องปรับปรุง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
</context>
<context>
    <name>ReadinessEdits</name>
    <message>
        <location filename="../../ui/edits/readiness.py" line="-10"/>
        <location line="+14"/>
        <source>Mark OIT item %1</source>
        <translation>บันทึกความพร้อมข้อ OIT %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear OIT item %1</source>
        <translation>ล้างความพร้อมข้อ OIT %1</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../../ui/models/readiness_model.py" line="+21"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information to publish</source>
        <translation>ข้อมูลที่ต้องเผยแพร่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>มาตรการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Overdue: the due date has passed and it is not published yet</source>
        <translation>เลยกำหนด: พ้นวันกำหนดเสร็จแล้วแต่ยังไม่ได้เผยแพร่</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 measures</source>
        <translation>%1 มาตรการ</translation>
    </message>
</context>
<context>
    <name>ReadinessSummary</name>
    <message>
        <location filename="../../ui/views/readiness_summary.py" line="+84"/>
        <source>cannot be projected</source>
        <translation>คาดการณ์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected OIT %1</source>
        <translation>คะแนน OIT ที่คาดว่าจะได้ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No OIT item is marked yet</source>
        <translation>ยังไม่ได้ตรวจความพร้อมข้อ OIT ใดเลย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark each item below as published, needs update or missing to see the projected score</source>
        <translation>บันทึกสถานะของแต่ละข้อด้านล่าง (เผยแพร่แล้ว ต้องปรับปรุง หรือยังไม่มี) เพื่อดูคะแนนที่คาดว่าจะได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total: no earlier assessment in this file has IIT or EIT scores to hold</source>
        <translation>คะแนนรวม: ยังไม่มีผลการประเมิน IIT หรือ EIT ของปีก่อนในแฟ้มนี้ให้ใช้คำนวณ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the items that need updating are updated: OIT %1</source>
        <translation>หากปรับปรุงข้อที่ต้องปรับปรุงแล้ว: OIT %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected total %1 — %2</source>
        <translation>คะแนนรวมที่คาดว่าจะได้ %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the items that need updating are updated: OIT %1 · total %2 — %3</source>
        <translation>หากปรับปรุงข้อที่ต้องปรับปรุงแล้ว: OIT %1 · คะแนนรวม %2 — %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The other tools are held at their fiscal year %1 scores: %2</source>
        <translation>คิดคะแนนแบบวัดอื่นเท่ากับผลการประเมินปีงบประมาณ %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue (%1)</source>
        <translation>เลยกำหนด (%1 ข้อ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · due %2 · %3 — %4</source>
        <translation>%1 · กำหนดเสร็จ %2 · %3 — %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is overdue.</source>
        <translation>ไม่มีข้อที่เลยกำหนด</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <location filename="../../ui/views/readiness_view.py" line="+141"/>
        <source>Choose or type a unit</source>
        <translation>เลือกหรือพิมพ์ชื่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Due date</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+18"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measures</source>
        <translation>มาตรการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>OIT readiness, fiscal year %1</source>
        <translation>ความพร้อมการเปิดเผยข้อมูล (OIT) ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The OIT items of the framework of fiscal year %1; each item counts 100 when published and 0 otherwise.</source>
        <translation>ข้อ OIT ตามกรอบการประเมินปีงบประมาณ %1 ข้อที่เผยแพร่แล้วคิด 100 คะแนน ข้ออื่นคิด 0 คะแนน</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Item %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No measure of this year is linked to this item.</source>
        <translation>ยังไม่มีมาตรการของปีนี้ที่เชื่อมโยงกับข้อนี้</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../ui/recent_files.py" line="+50"/>
        <source>(None)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Looking for the last file used…</source>
        <translation>กำลังค้นหาไฟล์ที่ใช้ล่าสุด…</translation>
    </message>
</context>
<context>
    <name>ReplaceUnitDialog</name>
    <message>
        <location filename="../../ui/views/units_dialog.py" line="+45"/>
        <source>Delete Responsible Unit</source>
        <translation>ลบหน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is still responsible for %2 measure(s) and %3 OIT item(s).</source>
        <translation>“%1” ยังรับผิดชอบ %2 มาตรการ และข้อ OIT %3 ข้อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the unit that takes over its work:</source>
        <translation>กรุณาเลือกหน่วยงานที่จะรับผิดชอบแทน:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no unit: the OIT items lose their unit)</source>
        <translation>(ไม่ระบุ: ข้อ OIT จะไม่มีผู้รับผิดชอบ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace and Delete</source>
        <translation>ให้รับผิดชอบแทนแล้วลบ</translation>
    </message>
</context>
<context>
    <name>ReportImagesPanel</name>
    <message>
        <location filename="../../ui/views/report_images_panel.py" line="+35"/>
        <source>Pictures in the report</source>
        <translation>ภาพในรายงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screenshots of the NACC’s results page, for example. They print under the results, numbered, with their captions (PNG or JPEG, up to 8 MB).</source>
        <translation>เช่น ภาพหน้าจอผลการประเมินจากระบบของสำนักงาน ป.ป.ช. ภาพจะพิมพ์ต่อจากผลการประเมิน มีเลขภาพและคำบรรยาย (ชนิด PNG หรือ JPEG ไม่เกิน 8 MB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Caption, e.g. ผลการประเมินภาพรวม</source>
        <translation>คำบรรยายภาพ เช่น ผลการประเมินภาพรวม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Picture…</source>
        <translation>เพิ่มภาพ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a Picture to the Report</source>
        <translation>เพิ่มภาพในรายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Picture %1: %2</source>
        <translation>ภาพที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportTextsPanel</name>
    <message>
        <location filename="../../ui/views/report_texts_panel.py" line="+36"/>
        <source>These texts print in the analysis report as written here. An empty box prints nothing; a box left as drafted follows the scores. Next year starts from the preface and limitations written here.</source>
        <translation>ข้อความเหล่านี้จะพิมพ์ในรายงานการวิเคราะห์ตามที่เขียนไว้ที่นี่ ช่องที่ว่างไว้จะไม่พิมพ์ ช่องที่ยังเป็นข้อความร่างจะเปลี่ยนตามคะแนน ปีถัดไปจะเริ่มจากคำนำและข้อจำกัดที่เขียนไว้ที่นี่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preface and limitations</source>
        <translation>คำนำและข้อจำกัด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preface</source>
        <translation>คำนำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitations of the analysis</source>
        <translation>ข้อจำกัดของการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (edited by the office)</source>
        <translation> (หน่วยงานแก้ไขเอง)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/views/restore_dialog.py" line="+50"/>
        <location line="+83"/>
        <source>Restore from Backup</source>
        <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>ITA Desktop keeps a copy of “%1” each day it is opened for editing (the last 14 days). Choose the day to go back to. The file as it is now is kept as a “before restore” copy, so the restore can be undone the same way.</source>
        <translation>ITA Desktop เก็บสำเนาของ “%1” ไว้ทุกวันที่เปิดไฟล์เพื่อแก้ไข (ย้อนหลัง 14 วัน) เลือกวันที่ต้องการย้อนกลับไป ไฟล์ในสภาพปัจจุบันจะถูกเก็บไว้เป็นสำเนา “ก่อนกู้คืน” จึงย้อนการกู้คืนได้ด้วยวิธีเดียวกัน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daily backup</source>
        <translation>สำรองประจำวัน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no backups of this file yet. A backup is made each day the file is opened for editing.</source>
        <translation>ยังไม่มีไฟล์สำรองของไฟล์นี้ ไฟล์สำรองจะถูกสร้างทุกวันที่เปิดไฟล์เพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 at %2</source>
        <comment>a backup&apos;s day and time</comment>
        <translation>%1 เวลา %2 น.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Go back to the copy of %1?</source>
        <translation>ต้องการย้อนกลับไปใช้สำเนาของวันที่ %1 ใช่หรือไม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes made to “%1” after that copy will no longer be in the file. The file as it is now is kept as a “before restore” copy in this list.</source>
        <translation>การแก้ไข “%1” หลังจากวันที่ของสำเนานั้นจะไม่อยู่ในไฟล์อีกต่อไป ไฟล์ในสภาพปัจจุบันจะถูกเก็บไว้เป็นสำเนา “ก่อนกู้คืน” ในรายการนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <location filename="../../ui/views/result_summary.py" line="+64"/>
        <source>Enter the Published Figures…</source>
        <translation>กรอกผลที่ประกาศ…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not entered yet</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incomplete</source>
        <translation>ยังไม่ครบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1</source>
        <translation>คะแนนรวม %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (as published)</source>
        <translation>%1 (ตามที่ประกาศ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rating cannot be settled from the scores entered: it is %1 depending on %2. Documents leave it blank until you enter the published rating or the scores of %2.</source>
        <translation>คะแนนที่กรอกยังระบุระดับผลการประเมินไม่ได้ อาจเป็น %1 ขึ้นกับคะแนน %2 เอกสารจะเว้นช่องระดับไว้จนกว่าจะกรอกระดับที่ สำนักงาน ป.ป.ช. ประกาศ หรือคะแนน %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ The computed figures differ from those the NACC published (check the scores entered again, or keep the published ones):</source>
        <translation>⚠ ตัวเลขที่คำนวณได้ไม่ตรงกับที่ ป.ป.ช. ประกาศ (ตรวจคะแนนที่กรอกอีกครั้ง หรือยืนยันตามประกาศ):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No score entered yet: the total and the rating show once every indicator has its score.</source>
        <translation>ยังไม่ได้กรอกคะแนน คะแนนรวมและระดับผลการประเมินจะแสดงเมื่อกรอกคะแนนครบทุกตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not entered yet: indicator %1. The total and the rating show once every indicator has its score.</source>
        <translation>ยังไม่ได้กรอก: ตัวชี้วัดที่ %1 คะแนนรวมและระดับผลการประเมินจะแสดงเมื่อกรอกคะแนนครบทุกตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If %1 was not scored by the NACC (e.g. too few respondents), the total over the other tools is %2 (%3).</source>
        <translation>ถ้า %1 ไม่ได้รับการประเมินจาก สำนักงาน ป.ป.ช. (เช่น ผู้ตอบไม่ถึงเกณฑ์) คะแนนรวมจากเครื่องมือที่เหลือคือ %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total score</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating</source>
        <translation>ระดับผลการประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator %1</source>
        <translation>ตัวชี้วัดที่ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be computed</source>
        <translation>คำนวณไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: computed %2 but published %3</source>
        <translation>%1: คำนวณได้ %2 แต่ประกาศ %3</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/views/results_view.py" line="+109"/>
        <source>All indicator scores (%1)</source>
        <translation>คะแนนทุกตัวชี้วัด (%1 ตัว)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Published by the NACC</source>
        <translation>ผลที่ ป.ป.ช. ประกาศ</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Not entered yet</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
</context>
<context>
    <name>ReviewersEditor</name>
    <message>
        <location filename="../../ui/views/memo_reviewers.py" line="+38"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment left empty prints dotted lines to write on</source>
        <translation>ช่องความเห็นที่เว้นว่างไว้จะพิมพ์เป็นเส้นประให้เขียนด้วยมือ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Comment Block</source>
        <translation>เพิ่มช่องความเห็น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <location filename="../../ui/models/framework_models.py" line="-378"/>
        <source>6 levels</source>
        <translation>6 ระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/No</source>
        <translation>ใช่/ไม่ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has/Has not</source>
        <translation>มี/ไม่มี</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../ui/views/score_field.py" line="+117"/>
        <source>Not entered yet</source>
        <translation>ยังไม่ได้กรอก</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” was not saved: %2</source>
        <translation>ไม่ได้บันทึก “%1”: %2</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../ui/sharing_menu.py" line="+39"/>
        <source>Import from Another File…</source>
        <translation>นำเข้าข้อมูลจากไฟล์อื่น…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another office’s file, or an older copy of this one, to this file</source>
        <translation>รวมข้อมูลจากไฟล์ของหน่วยงานอื่น หรือจากสำเนาเก่าของไฟล์นี้ เข้ามาในไฟล์นี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare Offices…</source>
        <translation>เปรียบเทียบหน่วยงาน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare several offices’ results side by side</source>
        <translation>เปรียบเทียบผลการประเมินของหลายหน่วยงานในตารางเดียว</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import from Another File</source>
        <translation>นำเข้าข้อมูลจากไฟล์อื่น</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Import Finished</source>
        <translation>นำเข้าข้อมูลเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from “%1”.</source>
        <translation>นำเข้าข้อมูลจาก “%1” แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This import cannot be undone with Undo. The file as it was before the import is saved as “%1” in the same folder; open it to go back.</source>
        <translation>การนำเข้านี้ยกเลิกด้วยคำสั่ง เลิกทำ ไม่ได้ ไฟล์ก่อนนำเข้าบันทึกไว้เป็น “%1” ในโฟลเดอร์เดียวกัน หากต้องการย้อนกลับให้เปิดไฟล์นั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The imported scores change the analysis of fiscal year %1, whose texts were drafted from the scores before: open Analysis for that year and press “Redraft Texts”.</source>
        <translation>คะแนนที่นำเข้าทำให้ผลการวิเคราะห์ปีงบประมาณ %1 เปลี่ยนไป แต่ข้อความวิเคราะห์ยังร่างไว้จากคะแนนเดิม กรุณาเปิดหน้าการวิเคราะห์ของปีนั้นแล้วกด “ร่างข้อความใหม่”</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/views/start_page.py" line="+10"/>
        <source>Getting started</source>
        <translation>เริ่มต้นใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Office details: the name, the unit that writes the memos and the people who sign them. They go into every document.</source>
        <translation>๑. ข้อมูลหน่วยงาน: ชื่อหน่วยงาน ส่วนราชการที่ออกบันทึกข้อความ และผู้ลงนาม ข้อมูลนี้จะไปปรากฏในเอกสารทุกฉบับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the Office Details</source>
        <translation>กรอกข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Add the fiscal year of the ITA results the NACC announced, then type its indicator scores (or paste them as one column).</source>
        <translation>๒. เพิ่มปีงบประมาณของผลการประเมิน ITA ที่ สำนักงาน ป.ป.ช. ประกาศ แล้วกรอกคะแนนรายตัวชี้วัด (หรือวางทั้งคอลัมน์)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Fiscal Year…</source>
        <translation>เพิ่มปีงบประมาณ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Then: the analysis, the measures for the next fiscal year, their follow-up, and the memos and reports under Documents.</source>
        <translation>๓. จากนั้น: การวิเคราะห์ มาตรการของปีงบประมาณถัดไป การติดตามผล และบันทึกข้อความกับรายงานในหน้าเอกสาร</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read the Guide (F1)</source>
        <translation>อ่านคู่มือการใช้งาน (F1)</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/views/suggest_dialog.py" line="+100"/>
        <source>Suggest Measures for Fiscal Year %1</source>
        <translation>ร่างมาตรการสำหรับปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Drafted from the weak points of the assessment of fiscal year %1 and the guidance library; the office’s own analysis texts are used where it edited them. Tick the drafts to add, edit their titles, and press Add. Everything can be edited afterwards, and Edit › Undo takes the whole addition back.</source>
        <translation>ร่างจากจุดที่ควรพัฒนาของผลการประเมินปีงบประมาณ %1 และคลังแนวทาง โดยใช้ข้อความการวิเคราะห์ที่หน่วยงานแก้ไขเองก่อน เลือกร่างที่ต้องการ แก้ไขชื่อได้ แล้วกดเพิ่ม ทุกอย่างแก้ไขภายหลังได้ และ แก้ไข › เลิกทำ จะยกเลิกการเพิ่มทั้งหมดในครั้งเดียว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing to suggest: this file has no assessment before fiscal year %1 to draft measures from. Enter the results of the latest assessment first.</source>
        <translation>ยังไม่มีร่างมาตรการ: ไฟล์นี้ยังไม่มีผลการประเมินก่อนปีงบประมาณ %1 ให้ใช้ร่าง กรุณากรอกผลการประเมินครั้งล่าสุดก่อน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to suggest: the assessment of fiscal year %1 has no scores to draft measures from yet.</source>
        <translation>ยังไม่มีร่างมาตรการ: ผลการประเมินปีงบประมาณ %1 ยังไม่มีคะแนนให้ใช้ร่าง</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add %1 Measures</source>
        <translation>เพิ่ม %1 มาตรการ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not added: every ticked draft needs a title.</source>
        <translation>ยังไม่ได้เพิ่ม: ร่างที่เลือกทุกรายการต้องมีชื่อมาตรการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1 suggested measures</source>
        <translation>เพิ่มร่างมาตรการ %1 รายการ</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <location line="-149"/>
        <source>Add this measure</source>
        <translation>เพิ่มมาตรการนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the measure</source>
        <translation>ชื่อมาตรการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>ไม่ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this draft out</source>
        <translation>ไม่ใช้ร่างนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · source: %2</source>
        <translation>%1 · ที่มา: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fiscal year %1 already has a measure with this title, so this draft starts unchecked.</source>
        <translation>ปีงบประมาณ %1 มีมาตรการชื่อนี้อยู่แล้ว จึงยังไม่ได้เลือกร่างนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysis: %1</source>
        <translation>ผลการวิเคราะห์: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps:</source>
        <translation>ขั้นตอน/วิธีดำเนินการ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links: %1</source>
        <translation>เชื่อมโยงกับ: %1</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="-151"/>
        <source>day/month/year BE</source>
        <translation>วัน/เดือน/ปี พ.ศ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose from a calendar</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>ToolsModel</name>
    <message>
        <location filename="../../ui/models/framework_models.py" line="+136"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>เครื่องมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (%)</source>
        <translation>น้ำหนัก (ร้อยละ)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved yet: the tool weights must add up to 100, and the parts of a tool to its weight</source>
        <translation>ยังไม่บันทึก: น้ำหนักของเครื่องมือต้องรวมกันได้ 100 และส่วนย่อยต้องรวมกันเท่ากับเครื่องมือ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The title must not be empty</source>
        <translation>ชื่อต้องไม่ว่าง</translation>
    </message>
</context>
<context>
    <name>UndoRedo</name>
    <message>
        <location filename="../../ui/undo_feedback.py" line="+21"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1, fiscal year %2</source>
        <translation>%1 ปีงบประมาณ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone: %1</source>
        <translation>เลิกทำแล้ว: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: %1</source>
        <translation>ทำซ้ำแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>UnitChip</name>
    <message>
        <location filename="../../ui/views/unit_picker.py" line="+98"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location line="+26"/>
        <source>No responsible unit yet</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a unit and press Enter, e.g. กองคลัง</source>
        <translation>พิมพ์ชื่อหน่วยงานแล้วกด Enter เช่น กองคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a responsible unit</source>
        <translation>เพิ่มผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../ui/views/units_dialog.py" line="+20"/>
        <source>Responsible Units</source>
        <translation>หน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible unit</source>
        <translation>หน่วยงานผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIT items</source>
        <translation>ข้อ OIT</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name of a new unit, e.g. กองสาธารณสุข</source>
        <translation>ชื่อหน่วยงานใหม่ เช่น กองสาธารณสุข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>เปลี่ยนชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a name to rename the unit everywhere it is used. Every change can be undone with Edit › Undo.</source>
        <translation>ดับเบิลคลิกที่ชื่อเพื่อเปลี่ยนชื่อหน่วยงานทุกที่ที่ใช้ ทุกการเปลี่ยนแปลงเลิกทำได้ที่ แก้ไข › เลิกทำ</translation>
    </message>
</context>
<context>
    <name>WordExport</name>
    <message>
        <location filename="../../ui/views/word_export.py" line="+48"/>
        <source>Save as Word</source>
        <translation>บันทึกเป็น Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word files (*.docx)</source>
        <translation>ไฟล์ Word (*.docx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the Word file…</source>
        <translation>กำลังบันทึกไฟล์ Word…</translation>
    </message>
</context>
</TS>
