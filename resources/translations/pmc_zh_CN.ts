<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DomainText</name>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="10"/>
        <source>Finished</source>
        <translation>成品</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="11"/>
        <source>Semi-finished</source>
        <translation>半成品</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="12"/>
        <source>Raw material</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="13"/>
        <source>Packaging</source>
        <translation>包材</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="20"/>
        <source>Make</source>
        <translation>自制</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="21"/>
        <source>Buy</source>
        <translation>外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="27"/>
        <source>Lot for lot</source>
        <translation>按需批量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="28"/>
        <source>Fixed lot</source>
        <translation>固定批量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="29"/>
        <source>MOQ and multiple</source>
        <translation>最小起订量与倍数</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/main.cpp" line="17"/>
        <source>PMC Desk: production planning and material control</source>
        <translation>PMC Desk：生产计划与物料控制</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="20"/>
        <source>Factory database file.</source>
        <translation>工厂数据库文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="21"/>
        <source>Log debug messages.</source>
        <translation>记录调试日志。</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="34"/>
        <source>PMC Desk</source>
        <translation>PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main.cpp" line="35"/>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>pmc::app::Document</name>
    <message>
        <location filename="../../src/app/Document.cpp" line="39"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/Document.cpp" line="55"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>pmc::app::ItemTableModel</name>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="61"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="63"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="64"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="65"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="66"/>
        <source>Lead time (days)</source>
        <translation>提前期（天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="67"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="68"/>
        <source>Lot rule</source>
        <translation>批量规则</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="69"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>pmc::app::SalesOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="85"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="86"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="87"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="88"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="89"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="90"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="91"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="92"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="35"/>
        <source>PMC Desk</source>
        <translation>PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="40"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="68"/>
        <source>MRP</source>
        <translation>物料需求</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="68"/>
        <source>Material requirements</source>
        <translation>物料需求计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Runs MRP over the sales orders, stock and open orders and lists planned orders, pegging and exceptions. Until this view is available, run &quot;pmc-cli mrp&quot; on the same database.</source>
        <translation>根据销售订单、库存和在途订单运行 MRP，列出计划订单、需求追溯和例外信息。在此视图完成之前，请对同一数据库运行 &quot;pmc-cli mrp&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="71"/>
        <source>Finite-capacity schedule</source>
        <translation>有限产能排程</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="72"/>
        <source>Will show the work orders on their work centers as a Gantt chart, with capacity load. Keep the routings and work centers in the master data complete: the scheduler uses them.</source>
        <translation>将以甘特图显示各工作中心上的工单及产能负荷。请在主数据中维护完整的工艺路线和工作中心：排程会用到它们。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Shortages</source>
        <translation>欠料</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Material shortages</source>
        <translation>物料欠料</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="75"/>
        <source>Will list every material that stock and open purchase orders do not cover, with the orders it blocks and the suppliers to chase.</source>
        <translation>将列出库存和在途采购单无法满足的每种物料，以及受影响的订单和需要跟催的供应商。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="77"/>
        <source>Plans</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="77"/>
        <source>Production plans</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="78"/>
        <source>Will derive the monthly, weekly and daily plans from the schedule, for release by 13:30 and printing for the shop floor.</source>
        <translation>将根据排程生成月、周、日生产计划，于 13:30 前发布并打印下发车间。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="80"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="81"/>
        <source>Will report plan achievement, on-time delivery and supplier on-time rates.</source>
        <translation>将报告计划达成率、准时交货率和供应商准时交货率。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="87"/>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>&amp;Import scenario...</source>
        <translation>导入场景(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>&amp;Export scenario...</source>
        <translation>导出场景(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="93"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="95"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="96"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="98"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103"/>
        <source>&amp;Copy as table</source>
        <translation>复制为表格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="107"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="112"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>&amp;About PMC Desk</source>
        <translation>关于 PMC Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120"/>
        <source>About PMC Desk</source>
        <translation>关于 PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="121"/>
        <source>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;Production planning and material control for make-to-order plants.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;面向按单生产工厂的生产计划与物料控制。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="143"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>Planning date: %1</source>
        <translation>计划日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="147"/>
        <source>PMC Desk - %1</source>
        <translation>PMC Desk - %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159"/>
        <source>%1 was refused; nothing was changed.
%2 problem(s), the first: %3</source>
        <translation>%1 被拒绝，未做任何更改。
共 %2 个问题，第一个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <source>New factory database</source>
        <translation>新建工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="172"/>
        <source>Factory database (*.db)</source>
        <translation>工厂数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="174"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Open factory database</source>
        <translation>打开工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>Factory database (*.db);;All files (*)</source>
        <translation>工厂数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="184"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="189"/>
        <location filename="../../ui/MainWindow.cpp" line="192"/>
        <location filename="../../ui/MainWindow.cpp" line="196"/>
        <source>Import scenario</source>
        <translation>导入场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="189"/>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <source>Scenario (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193"/>
        <source>Importing replaces all planning data in %1. Continue?</source>
        <translation>导入将替换 %1 中的全部计划数据。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Imported %1 (%2 warning(s))</source>
        <translation>已导入 %1（%2 条警告）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>Export scenario</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::TablePage</name>
    <message>
        <location filename="../../ui/TablePage.cpp" line="29"/>
        <source>Filter (Ctrl+F): any text in any column</source>
        <translation>筛选 (Ctrl+F)：任意列中的任意文字</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="77"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
</context>
</TS>
