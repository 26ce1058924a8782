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
        <location filename="../../ui/views/analysis_view.py" line="+68"/>
        <location line="+161"/>
        <source>Redraft Texts</source>
        <translation>ร่างข้อความใหม่</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Draft the causes, guidelines, strengths and weaknesses again from the latest scores</source>
        <translation>ร่างสาเหตุ แนวทาง จุดแข็งและจุดที่ควรพัฒนาใหม่จากคะแนนล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scores changed after the texts were drafted. Press “Redraft Texts” to bring the texts in line with the latest scores.</source>
        <translation>คะแนนเปลี่ยนไปหลังจากร่างข้อความ กด “ร่างข้อความใหม่” เพื่อปรับข้อความให้ตรงกับคะแนนล่าสุด</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analysis issues</source>
        <translation>ประเด็นการวิเคราะห์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator scores against the 85-point mark and the previous year</source>
        <translation>คะแนนรายตัวชี้วัดเทียบเกณฑ์ 85 คะแนนและปีก่อน</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysis of the assessment, fiscal year %1</source>
        <translation>การวิเคราะห์ผลการประเมิน ปีงบประมาณ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1  Rating %2</source>
        <translation>คะแนนรวม %1  ระดับ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (edited by the office)</source>
        <translation> (หน่วยงานแก้ไขเอง)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The texts nobody had edited have been redrafted. The office edited these texts itself:

%1

Replace them with new drafts too?</source>
        <translation>ร่างข้อความที่ยังไม่ได้แก้ไขใหม่แล้ว ข้อความต่อไปนี้หน่วยงานแก้ไขเอง:

%1

ต้องการแทนที่ด้วยข้อความร่างใหม่ด้วยหรือไม่</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>Document</name>
    <message>
        <location filename="../../ui/document.py" line="+93"/>
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
        <location filename="../../ui/edits/base.py" line="+77"/>
        <source>This file is open read-only</source>
        <translation>ไฟล์นี้เปิดแบบอ่านอย่างเดียว</translation>
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
    <name>FileOps</name>
    <message>
        <location filename="../../ui/file_ops.py" line="+116"/>
        <source>Opening “%1”…</source>
        <translation>กำลังเปิดไฟล์ “%1”…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Open the File</source>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
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
        <location line="+20"/>
        <source>Saving a copy as “%1”…</source>
        <translation>กำลังบันทึกสำเนาเป็น “%1”…</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
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
        <location line="+1"/>
        <source>Use File › New… to create the office’s file.</source>
        <translation>ใช้เมนู แฟ้ม › ใหม่… เพื่อสร้างไฟล์ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the example file…</source>
        <translation>กำลังเตรียมไฟล์ตัวอย่าง…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ITA Desktop files (*.db *.ita);;All files (*)</source>
        <translation>ไฟล์ ITA Desktop (*.db *.ita);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open File</source>
        <translation>เปิดไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New File</source>
        <translation>สร้างไฟล์ใหม่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1-copy%2</source>
        <comment>file name of a copy: %1 the name, %2 the extension</comment>
        <translation>%1-สำเนา%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a Copy As</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
</context>
<context>
    <name>FollowupEdits</name>
    <message>
        <location filename="../../ui/edits/followups.py" line="+137"/>
        <source>Record follow-up %1</source>
        <translation>บันทึกผลการดำเนินการ %1</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>FrameworkView</name>
    <message>
        <location filename="../../ui/views/framework_view.py" line="+84"/>
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
        <location line="+45"/>
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
    <name>IndicatorForm</name>
    <message>
        <location filename="../../ui/views/indicator_form.py" line="+58"/>
        <source>Indicator %1 %2</source>
        <translation>ตัวชี้วัดที่ %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+9"/>
        <source>Items (paste a whole column of scores with Ctrl+V)</source>
        <translation>ข้อคำถาม (วางคะแนนทั้งคอลัมน์ได้ด้วย Ctrl+V)</translation>
    </message>
    <message>
        <location line="+49"/>
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
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../ui/models/indicator_table.py" line="+18"/>
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
        <location line="+41"/>
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
        <location filename="../../ui/main_window.py" line="+108"/>
        <source>No file is open.
Choose File › Open… or File › New…</source>
        <translation>ยังไม่ได้เปิดไฟล์
เลือกเมนู แฟ้ม › เปิด… หรือ แฟ้ม › ใหม่…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
        <source>Save a Copy to Edit…</source>
        <translation>บันทึกสำเนาเพื่อแก้ไข…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;File</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>ใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(None)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved a copy as %1</source>
        <translation>บันทึกสำเนาเป็น %1 แล้ว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Add the Fiscal Year</source>
        <translation>เพิ่มปีงบประมาณไม่ได้</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved automatically</source>
        <translation>บันทึกอัตโนมัติทุกครั้งที่แก้ไข</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;This file is open read-only and cannot be edited&lt;/b&gt; (%1)&lt;br&gt;To edit it, save a copy in a folder you can write to and open the copy.</source>
        <translation>&lt;b&gt;ไฟล์นี้เปิดแบบอ่านอย่างเดียว แก้ไขไม่ได้&lt;/b&gt; (%1)&lt;br&gt;หากต้องการแก้ไข ให้บันทึกสำเนาไว้ในโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location filename="../../ui/edits/measures.py" line="+220"/>
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
        <source>Move measure</source>
        <translation>ย้ายลำดับมาตรการ</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+24"/>
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
    <name>MemoEdits</name>
    <message>
        <location filename="../../ui/edits/memos.py" line="+73"/>
        <source>Edit memo</source>
        <translation>แก้ไขบันทึกข้อความ</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../../ui/navigation.py" line="+50"/>
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
        <source>Results</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework</source>
        <translation>กรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>มาตรการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OIT Readiness</source>
        <translation>ความพร้อม OIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
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
    <name>PastePreview</name>
    <message>
        <location filename="../../ui/models/paste_preview.py" line="+65"/>
        <source>More lines than this tool has items</source>
        <translation>เกินจำนวนข้อคำถามของเครื่องมือนี้</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../ui/views/paste_dialog.py" line="+30"/>
        <source>Paste Scores from the Clipboard</source>
        <translation>วางคะแนนจากคลิปบอร์ด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some lines cannot be saved (see the rightmost column). Correct the copied data and paste again.</source>
        <translation>มีบางบรรทัดที่บันทึกไม่ได้ (ดูคอลัมน์ขวาสุด) กรุณาแก้ข้อมูลที่คัดลอกมาแล้ววางใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These %1 scores will be saved. Check them, then press OK.</source>
        <translation>จะบันทึกคะแนน %1 ข้อต่อไปนี้ ตรวจสอบให้ถูกต้องแล้วกด ตกลง</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <location filename="../../ui/models/paste_preview.py" line="+13"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item title</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted</source>
        <translation>ที่วาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score to save</source>
        <translation>คะแนนที่จะบันทึก</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="+127"/>
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
        <location line="+61"/>
        <source>The end date %1 is before the start date %2.</source>
        <translation>วันสิ้นสุด %1 อยู่ก่อนวันเริ่มต้น %2 กรุณาตรวจสอบช่วงเวลา</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../ui/views/profile_view.py" line="+38"/>
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
    <name>ReadinessEdits</name>
    <message>
        <location filename="../../ui/edits/readiness.py" line="+74"/>
        <source>Mark OIT item %1</source>
        <translation>บันทึกความพร้อมข้อ OIT %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear OIT item %1</source>
        <translation>ล้างความพร้อมข้อ OIT %1</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <location filename="../../ui/views/result_summary.py" line="+54"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>คะแนนรวม %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The computed figures differ from those the NACC published (check the scores entered again, or keep the published ones):</source>
        <translation>⚠ ตัวเลขที่คำนวณได้ไม่ตรงกับที่ ป.ป.ช. ประกาศ (ตรวจคะแนนที่กรอกอีกครั้ง หรือยืนยันตามประกาศ):</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../ui/views/results_view.py" line="+68"/>
        <source>Published by the NACC</source>
        <translation>ผลที่ ป.ป.ช. ประกาศ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
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
        <location filename="../../ui/views/score_field.py" line="+104"/>
        <source>Not scored</source>
        <translation>ไม่ได้รับการประเมิน</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="-149"/>
        <source>day/month/year BE</source>
        <translation>วัน/เดือน/ปี พ.ศ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+4"/>
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
</TS>
