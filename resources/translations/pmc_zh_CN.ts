<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="17"/>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="18"/>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="19"/>
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="20"/>
        <source>Firm planned orders</source>
        <translation>确认的计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="21"/>
        <source>Purchase requisitions</source>
        <translation>请购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="22"/>
        <source>Items</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="23"/>
        <source>BOM</source>
        <translation>BOM</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="24"/>
        <source>Routings</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="25"/>
        <source>Work centers</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="26"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="27"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="28"/>
        <source>Planning settings</source>
        <translation>计划设置</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="29"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="30"/>
        <source>Changeovers</source>
        <translation>换线时间</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="31"/>
        <source>Pinned steps</source>
        <translation>锁定工序</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="32"/>
        <source>Order review policy</source>
        <translation>订单评审规则</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="33"/>
        <source>Plan releases</source>
        <translation>计划下达</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="34"/>
        <source>Completion reports</source>
        <translation>报工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="35"/>
        <source>Abnormal hours</source>
        <translation>异常工时</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="36"/>
        <source>Receipts and inspection</source>
        <translation>到货与来料检验</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="37"/>
        <source>Promised dates</source>
        <translation>回复交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="38"/>
        <source>Material issues</source>
        <translation>发料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="39"/>
        <source>Scenario imports</source>
        <translation>场景导入</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="40"/>
        <source>Table imports</source>
        <translation>表格导入</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="41"/>
        <source>User roles</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="49"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="50"/>
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="51"/>
        <source>release</source>
        <translation>下达</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="52"/>
        <source>record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="53"/>
        <source>take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="54"/>
        <source>receive</source>
        <translation>到货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="55"/>
        <source>inspect</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="56"/>
        <source>reopen inspection</source>
        <translation>撤销检验</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="57"/>
        <source>promise</source>
        <translation>回复交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="58"/>
        <source>issue</source>
        <translation>发料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="59"/>
        <source>grant</source>
        <translation>授予</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="60"/>
        <source>revoke</source>
        <translation>收回</translation>
    </message>
</context>
<context>
    <name>ChangeImpactText</name>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="21"/>
        <source>Customer change</source>
        <translation>客户变更</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="23"/>
        <source>Rush order insertion</source>
        <translation>插单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="24"/>
        <source>Material late</source>
        <translation>物料延误</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="26"/>
        <source>Equipment or quality problem</source>
        <translation>设备/品质异常</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="28"/>
        <source>Engineering change</source>
        <translation>工程变更</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="36"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="38"/>
        <source>Firm planned order</source>
        <translation>确认的计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="40"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="48"/>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="49"/>
        <source>Pull in</source>
        <translation>提前</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="50"/>
        <source>Push out</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="51"/>
        <source>Reduce</source>
        <translation>减量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="72"/>
        <source>%1 new, done %2</source>
        <translation>%1 新增，%2 完成</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="75"/>
        <source>%1 no longer demand</source>
        <translation>%1 不再是需求</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ChangeImpactText.cpp" line="76"/>
        <source>%1 done %2 (late %3 d)</source>
        <translation>%1 %2 完成（延期 %3 天）</translation>
    </message>
</context>
<context>
    <name>DailyPlanDocument</name>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="48"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="49"/>
        <source>Line / unit</source>
        <translation>产线/班组</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="50"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="51"/>
        <source>Customer order</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="52"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="54"/>
        <source>Op</source>
        <translation>工序</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="55"/>
        <source>Today</source>
        <translation>今日数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="56"/>
        <source>Order qty</source>
        <translation>订单数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="57"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="58"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="59"/>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="60"/>
        <source>Material</source>
        <translation>物料状态</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="61"/>
        <source>Actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="62"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="107"/>
        <source>Subtotal %1 %2: %n row(s), quantity %3, %4 working hours</source>
        <translation>
            <numerusform>小计 %1 %2：%n 行，数量 %3，工时 %4 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="71"/>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="116"/>
        <source>Workshop: %1</source>
        <translation>车间：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="117"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="87"/>
        <source>Nothing is scheduled on this date.</source>
        <translation>该日期没有排产任务。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="130"/>
        <source>Standby jobs</source>
        <translation>备选工单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="133"/>
        <source>%1 #%2: instead of %3 (waiting for material) run %4, item %5, quantity %6, op %7</source>
        <translation>%1 #%2：%3 待齐套，改做 %4，产品 %5，数量 %6，工序 %7</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="76"/>
        <source>Daily production plan</source>
        <translation>日生产计划表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="68"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="69"/>
        <source>Plan no.: %1</source>
        <translation>计划编号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="70"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="81"/>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="81"/>
        <source>Reviewed by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="82"/>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DailyPlanDocument.cpp" line="273"/>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
</context>
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
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="37"/>
        <source>Material shortage</source>
        <translation>缺料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="38"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="39"/>
        <source>Tooling</source>
        <translation>工装</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="40"/>
        <source>Quality</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="50"/>
        <source>Concession</source>
        <translation>特采</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="51"/>
        <source>Sort</source>
        <translation>挑选</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="52"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="53"/>
        <source>Return</source>
        <translation>批退</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="61"/>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="62"/>
        <source>Expedite</source>
        <translation>需提前</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="63"/>
        <source>Excess</source>
        <translation>多余</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="74"/>
        <source>Planned order %1 (due %2) should have been released before today: release it now and expedite it</source>
        <translation>计划订单 %1（交期 %2）应在今天之前下达：请立即下达并催交</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/models/DomainText.cpp" line="79"/>
        <source>%1 arrives %2 but is needed %3: pull it in by %n day(s)</source>
        <translation>
            <numerusform>%1 于 %2 到货，但 %3 就需要：请提前 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="82"/>
        <source>%1 arrives after it is needed on %2: pull it in</source>
        <translation>%1 到货晚于需求日 %2：请提前到货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DomainText.cpp" line="84"/>
        <source>%1 (due %2) is not needed within the planning horizon: postpone or cancel it</source>
        <translation>%1（交期 %2）在计划期内没有需求：请推迟或取消</translation>
    </message>
</context>
<context>
    <name>FormCells</name>
    <message>
        <location filename="../../src/app/print/FormCells.cpp" line="15"/>
        <source>bilingual</source>
        <comment>Translate as &quot;chinese&quot;: printed forms then show their Chinese captions once.</comment>
        <translation>chinese</translation>
    </message>
</context>
<context>
    <name>FormPainting</name>
    <message>
        <location filename="../../src/app/print/FormPainting.cpp" line="72"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../src/app/print/FormPainting.cpp" line="87"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../src/app/print/FormPainting.cpp" line="152"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>KittingListDocument</name>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="20"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="27"/>
        <source>releasable</source>
        <translation>可开工</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="28"/>
        <source>kit date %1</source>
        <translation>待齐套 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="46"/>
        <source>Kitting list</source>
        <translation>套料单 / 领料单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="51"/>
        <source>Order: %1</source>
        <translation>工单号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="52"/>
        <source>Item: %1 %2</source>
        <translation>产品：%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="53"/>
        <source>Quantity: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="56"/>
        <source>List no.: %1</source>
        <translation>单号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="57"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="58"/>
        <source>Work center: %1</source>
        <translation>线别：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="59"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="60"/>
        <source>Orders: %1</source>
        <translation>工单数：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="70"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="71"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="72"/>
        <source>Component</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="73"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="74"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="75"/>
        <source>Qty per</source>
        <translation>单位用量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="76"/>
        <source>Scrap</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="77"/>
        <source>Required</source>
        <translation>需求数(含损耗)</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="78"/>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="79"/>
        <source>Issued</source>
        <translation>已发数</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="80"/>
        <source>To issue</source>
        <translation>待发数</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="81"/>
        <source>Allocated</source>
        <translation>库存分配</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="82"/>
        <source>Short</source>
        <translation>欠料数</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="83"/>
        <source>Ready</source>
        <translation>预计到齐</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="84"/>
        <source>Issued now</source>
        <translation>实发数</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="85"/>
        <source>Issued by</source>
        <translation>发料</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="85"/>
        <source>Received by</source>
        <translation>领料</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="86"/>
        <source>Checked by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/app/print/KittingListDocument.cpp" line="87"/>
        <source>No material to issue.</source>
        <translation>无需领料</translation>
    </message>
</context>
<context>
    <name>KpiCharts</name>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="80"/>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="88"/>
        <source>Plan achievement</source>
        <translation>计划达成率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="89"/>
        <source>Delivery achievement</source>
        <translation>交货达成率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="90"/>
        <source>On-time delivery</source>
        <translation>出货及时率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="91"/>
        <source>Supplier on-time</source>
        <translation>供应商按时交付率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="104"/>
        <source>Supplier target %1</source>
        <translation>供应商目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="110"/>
        <source>Plan against actual by line (no daily plan released in the period)</source>
        <translation>各线计划与实际（期间内未下达日计划）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="111"/>
        <source>Plan against actual by line</source>
        <translation>各线计划与实际</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="112"/>
        <source>Planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="113"/>
        <source>Actual (QC passed)</source>
        <translation>实际数（检验合格）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="140"/>
        <source>Supplier on-time delivery (no purchase order due in the period)</source>
        <translation>供应商按时交付率（期间内无到期采购单）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="141"/>
        <source>Supplier on-time delivery</source>
        <translation>供应商按时交付率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="147"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="152"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="165"/>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="172"/>
        <source>%1 (nothing recorded in the period)</source>
        <translation>%1（期间内无记录）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="176"/>
        <source>Cumulative %</source>
        <translation>累计 %</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="185"/>
        <source>(no reason)</source>
        <translation>（无原因）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="209"/>
        <source>Line %1: station cycle times against takt</source>
        <translation>%1 线：各工位周期时间与节拍</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="210"/>
        <source>Cycle time (s)</source>
        <translation>周期时间（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="211"/>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="212"/>
        <source>Over takt</source>
        <translation>超节拍</translation>
    </message>
    <message>
        <location filename="../../ui/KpiCharts.cpp" line="240"/>
        <source>Takt %1 s</source>
        <translation>节拍 %1 秒</translation>
    </message>
</context>
<context>
    <name>KpiNote</name>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="29"/>
        <source>no item has a unit cost</source>
        <translation>没有物料设定单位成本</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="30"/>
        <source>no costed stock on hand</source>
        <translation>没有计价的在库库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="31"/>
        <source>no work order is due in the period</source>
        <translation>期间内没有到期的工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="32"/>
        <source>no daily plan was released for the period</source>
        <translation>期间内没有下达日计划</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="33"/>
        <source>no sales order line is due in the period</source>
        <translation>期间内没有到期的销售订单行</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="34"/>
        <source>no purchase order is due in the period</source>
        <translation>期间内没有到期的采购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="35"/>
        <source>no completion is reported in the period</source>
        <translation>期间内没有报工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="36"/>
        <source>no labour hours are reported in the period</source>
        <translation>期间内没有报告工时</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="37"/>
        <source>the work centers have no working time in the period</source>
        <translation>期间内工作中心没有工作时间</translation>
    </message>
</context>
<context>
    <name>KpiReportDocument</name>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="65"/>
        <source>PMC KPI report</source>
        <translation>PMC 指标报表</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="89"/>
        <source>Period %1 to %2</source>
        <translation>期间 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="96"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="97"/>
        <source>Value</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="98"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="99"/>
        <source>Actual / basis</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="100"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="138"/>
        <source>Scrap by reason</source>
        <translation>报废原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="138"/>
        <source>Scrap</source>
        <translation>报废数</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="140"/>
        <source>Abnormal hours by cause</source>
        <translation>异常工时原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/KpiReportDocument.cpp" line="140"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
</context>
<context>
    <name>KpiWorkbook</name>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>Value</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="67"/>
        <source>Actual</source>
        <translation>实际数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>Basis</source>
        <translation>基数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="38"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="45"/>
        <source>Months</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="45"/>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="45"/>
        <source>Plan achievement</source>
        <translation>计划达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="45"/>
        <source>Delivery achievement</source>
        <translation>交货达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="46"/>
        <source>On-time delivery</source>
        <translation>出货及时率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="46"/>
        <source>Supplier on-time</source>
        <translation>供应商按时交付率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="46"/>
        <source>Scrap rate</source>
        <translation>报废率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>Due</source>
        <translation>到期数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>On time</source>
        <translation>按时数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="55"/>
        <source>Rate</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="56"/>
        <source>Late orders</source>
        <translation>延误订单</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="67"/>
        <source>Daily achievement</source>
        <translation>日计划达成</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="67"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="67"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="67"/>
        <source>Planned</source>
        <translation>计划数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="68"/>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="68"/>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="83"/>
        <source>Abnormal hours</source>
        <translation>异常工时</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="68"/>
        <source>Not reported</source>
        <translation>未回报</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="73"/>
        <source>not reported</source>
        <translation>未回报</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="76"/>
        <source>Scrap and abnormal hours</source>
        <translation>报废与异常工时</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="76"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="76"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="76"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="76"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="79"/>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="87"/>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="87"/>
        <source>Workers</source>
        <translation>作业员</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="87"/>
        <source>Worker or team</source>
        <translation>作业员/班组</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="87"/>
        <source>Good</source>
        <translation>良品数</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="87"/>
        <source>Labour hours</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="88"/>
        <source>Standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="88"/>
        <source>Efficiency</source>
        <translation>作业效率</translation>
    </message>
    <message>
        <location filename="../../src/app/kpi/KpiWorkbook.cpp" line="88"/>
        <source>Piece-rate pay</source>
        <translation>计件工资</translation>
    </message>
</context>
<context>
    <name>MaterialAdjustmentNotice</name>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="18"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="31"/>
        <source>Material delivery adjustment notice</source>
        <translation>物料交货期调整通知单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="37"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="38"/>
        <source>PO / PR</source>
        <translation>采购单/请购单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="39"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="40"/>
        <source>Item</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="41"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="42"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="43"/>
        <source>Due</source>
        <translation>原交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="44"/>
        <source>Needed before</source>
        <translation>原需求日</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="45"/>
        <source>Needed now</source>
        <translation>新需求日</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="46"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="47"/>
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="48"/>
        <source>New due</source>
        <translation>新交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="49"/>
        <source>Supplier reply</source>
        <translation>供应商回复</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="50"/>
        <source>Material control</source>
        <translation>物控</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="51"/>
        <source>PMC manager</source>
        <translation>PMC经理</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="52"/>
        <source>Received by purchasing</source>
        <translation>采购签收</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="53"/>
        <source>The change moves no purchase.</source>
        <translation>本次变更不影响任何采购。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/MaterialAdjustmentNotice.cpp" line="63"/>
        <source>requisition</source>
        <translation>请购单</translation>
    </message>
</context>
<context>
    <name>MoveProblemText</name>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="24"/>
        <source>%1 step %2 is not in the schedule</source>
        <translation>%1 工序 %2 不在排程中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="25"/>
        <source>its work center has %1 unit(s)</source>
        <translation>其工作中心只有 %1 台设备</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="26"/>
        <source>it cannot start before today</source>
        <translation>不能早于今天开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="27"/>
        <source>step %1 is done only at %2</source>
        <translation>工序 %1 要到 %2 才完成</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="28"/>
        <source>its material is ready only at %1</source>
        <translation>物料要到 %1 才齐套</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="29"/>
        <source>%1, pegged to it, is finished only at %2</source>
        <translation>其子件订单 %1 要到 %2 才完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="31"/>
        <source>step %1 is pinned to start at %2</source>
        <translation>下道工序 %1 已锁定在 %2 开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="32"/>
        <source>%1 step %2 is pinned there from %3</source>
        <translation>%1 工序 %2 已锁定在此（%3 起）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="33"/>
        <source>it would overlap %1 step %2, moved there too</source>
        <translation>会与同时移动的 %1 工序 %2 重叠</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MoveProblemText.cpp" line="34"/>
        <source>%1 would finish at %2, after its due date</source>
        <translation>%1 将在 %2 完工，晚于交期</translation>
    </message>
</context>
<context>
    <name>NoticeHeading</name>
    <message>
        <location filename="../../src/app/print/NoticeHeading.cpp" line="10"/>
        <source>No.: %1</source>
        <translation>单号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/NoticeHeading.cpp" line="11"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/NoticeHeading.cpp" line="12"/>
        <source>Issued by: %1</source>
        <translation>发出人：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/NoticeHeading.cpp" line="13"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>OrderProgressText</name>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="21"/>
        <source>Done</source>
        <translation>已完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="22"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="23"/>
        <source>Waiting</source>
        <translation>待开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="31"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="32"/>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="33"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="34"/>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="35"/>
        <source>Partially shipped</source>
        <translation>部分出货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="36"/>
        <source>Shipped</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="37"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="55"/>
        <source>Capacity: step %1 of %2 waits for work center %3 (unit %4) until %5; it is busy with %6</source>
        <translation>产能：%2 的工序 %1 等待工作中心 %3（第 %4 台）至 %5，期间在做 %6</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="59"/>
        <source>other orders</source>
        <translation>其他订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="63"/>
        <source>Material: %1 waits for %2, still to be bought (planned purchase %3 due %4), in house %5</source>
        <translation>物料：%1 等待 %2，尚未采购（计划采购 %3，交期 %4），%5 到厂</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="64"/>
        <source>Material: %1 waits for %2, arriving with purchase order %3 on %4, in house %5</source>
        <translation>物料：%1 等待 %2，采购单 %3 于 %4 到货，%5 可用</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="67"/>
        <source>Sub-assembly: %1 waits for %2 (order %3) until %4</source>
        <translation>半成品：%1 等待 %2（订单 %3）至 %4</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="70"/>
        <source>Calendar: step %1 of %2 waits over non-working days until %3</source>
        <translation>日历：%2 的工序 %1 因非工作日等待至 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="72"/>
        <source>Work content: nothing holds %1 back; its own work takes until %2</source>
        <translation>工作量：%1 无等待，自身加工需到 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="81"/>
        <source>Overtime %1 h per working day on %2 from %3 to %4</source>
        <translation>%2 在 %3 至 %4 每个工作日加班 %1 小时</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="85"/>
        <source>Expedite purchase order %1 from %2 to %3</source>
        <translation>催料：采购单 %1 交期由 %2 提前到 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="87"/>
        <source>Raise the order&apos;s priority to 1</source>
        <translation>将订单优先级提到 1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="92"/>
        <source>Split %1 into batches: %2</source>
        <translation>将 %1 分批：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="95"/>
        <source>Move step %1 of %2 from unit %3 to unit %4 of %5, starting %6</source>
        <translation>将 %2 的工序 %1 从 %5 的 %3 号单元移到 %4 号单元，%6 开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderProgressText.cpp" line="102"/>
        <source> (firmed as %1)</source>
        <translation>（确认为 %1）</translation>
    </message>
</context>
<context>
    <name>OrderReviewForm</name>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="125"/>
        <source>Order review form</source>
        <translation>订单评审表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="131"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="148"/>
        <source>Custom</source>
        <translation>非常规(定制)</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="149"/>
        <source>Standard</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="156"/>
        <source>Review sheet no.</source>
        <translation>评审表编号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="157"/>
        <source>Order no.</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="158"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="159"/>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="160"/>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="161"/>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="162"/>
        <source>Review date</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="163"/>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="175"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="186"/>
        <source>1. Order lines</source>
        <translation>一、订单明细</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="192"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="193"/>
        <source>Item</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="193"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="194"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="194"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="195"/>
        <source>Requested</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="196"/>
        <source>Promised</source>
        <translation>承诺交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="196"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="203"/>
        <source>The order has no lines.</source>
        <translation>该订单没有明细。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="229"/>
        <source>2. Department review</source>
        <translation>二、部门评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="234"/>
        <source>Department</source>
        <translation>评审部门</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="235"/>
        <source>Required</source>
        <translation>必审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="235"/>
        <source>Verdict</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="236"/>
        <source>Can meet</source>
        <translation>可达成日期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="236"/>
        <source>Comment / condition</source>
        <translation>说明/条件</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="237"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="237"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="256"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="256"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="275"/>
        <source>Not required</source>
        <translation>不需评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="287"/>
        <source>3. Conclusion</source>
        <translation>三、评审结论</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="295"/>
        <source>Conclusion</source>
        <translation>评审结论</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="297"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="297"/>
        <source>Accept with conditions</source>
        <translation>有条件接受</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="298"/>
        <source>Reject</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="298"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="309"/>
        <source>Proposed date</source>
        <translation>建议交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="311"/>
        <source>Confirmed date</source>
        <translation>确认交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="315"/>
        <source>Review method</source>
        <translation>评审方式</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="317"/>
        <source>Meeting</source>
        <translation>会议评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="317"/>
        <source>Circulated</source>
        <translation>传递评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="318"/>
        <source>Delegated</source>
        <translation>授权评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="330"/>
        <source>Waiting for</source>
        <translation>待评审</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="332"/>
        <source>Rejected by</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="334"/>
        <source>Conditions from</source>
        <translation>有条件</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="336"/>
        <source>Review remarks</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="361"/>
        <source>Sales</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../src/app/print/OrderReviewForm.cpp" line="362"/>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
</context>
<context>
    <name>PeriodPlanDocument</name>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="62"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="63"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="63"/>
        <source>Item</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="64"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="64"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="66"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="78"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="79"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="80"/>
        <source>Sales orders / customers</source>
        <translation>客户订单 / 客户</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="81"/>
        <source>Earliest due</source>
        <translation>最早交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="89"/>
        <source>Weekly production plan</source>
        <translation>周生产计划表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="90"/>
        <source>Monthly production plan</source>
        <translation>月生产计划表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="98"/>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="162"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="99"/>
        <source>Plan no.: %1</source>
        <translation>计划编号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="100"/>
        <source>Period: %1</source>
        <translation>周期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="100"/>
        <source>Workshop: %1</source>
        <translation>车间：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="101"/>
        <source>Qty = last-step output</source>
        <translation>数量为末道工序产出</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="103"/>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="103"/>
        <source>Reviewed by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="104"/>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="105"/>
        <source>Nothing is scheduled in this period.</source>
        <translation>本期没有排产。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="142"/>
        <source>Subtotal (%1 products)</source>
        <translation>小计（%1 种产品）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="152"/>
        <source>Hours, all steps</source>
        <translation>工时（全部工序）</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PeriodPlanDocument.cpp" line="165"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>PlanAdjustmentNotice</name>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="54"/>
        <source>Production plan adjustment</source>
        <translation>生产计划调整单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="60"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="62"/>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="63"/>
        <source>Item</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="64"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="65"/>
        <source>Sales orders</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="66"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="67"/>
        <source>Due</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="68"/>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="69"/>
        <source>End</source>
        <translation>完工</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="70"/>
        <source>Work center</source>
        <translation>线别</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="71"/>
        <source>Effect on ship dates</source>
        <translation>交期影响</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="72"/>
        <source>Planner</source>
        <translation>计划员</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="72"/>
        <source>PMC manager</source>
        <translation>PMC经理</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="73"/>
        <source>Received by production</source>
        <translation>生产部签收</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="74"/>
        <source>The change moves no production order.</source>
        <translation>本次变更不影响任何生产订单。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="100"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanAdjustmentNotice.cpp" line="101"/>
        <source>dropped</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlanChangeNotice</name>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="78"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="80"/>
        <source>Plan change notice</source>
        <translation>生产计划变更通知单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="83"/>
        <source>Plan date: %1</source>
        <translation>计划日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="84"/>
        <source>Workshop: %1</source>
        <translation>车间：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="85"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="87"/>
        <source>Versions: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="88"/>
        <source>Issued: %1 %2</source>
        <translation>发出：%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="93"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="94"/>
        <source>Change</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="95"/>
        <source>Work center</source>
        <translation>线别</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="96"/>
        <source>Order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="97"/>
        <source>Item</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="98"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="99"/>
        <source>Op</source>
        <translation>工序</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="100"/>
        <source>Start–end before → after</source>
        <translation>开工–完工 原 → 新</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="101"/>
        <source>Quantity before → after</source>
        <translation>数量 原 → 新</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="102"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="103"/>
        <source>Prepared by</source>
        <translation>编制</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="103"/>
        <source>Checked by</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="104"/>
        <source>Approved by</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="105"/>
        <source>Received by production</source>
        <translation>生产部签收</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="106"/>
        <source>The plan has not changed.</source>
        <translation>计划无变更。</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="140"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="142"/>
        <source>dropped</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="144"/>
        <source>moved</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PlanChangeNotice.cpp" line="146"/>
        <source>quantity changed</source>
        <translation>数量变更</translation>
    </message>
</context>
<context>
    <name>PlanReleaseService</name>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="31"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="33"/>
        <source>%1 is before the planning date: only today&apos;s or a later plan can be released.</source>
        <translation>%1 早于计划日期：只能下达今天或以后的计划。</translation>
    </message>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="40"/>
        <source>Run MRP first: a plan is released from the last MRP run and its schedule.</source>
        <translation>请先运行 MRP：计划依据最近一次 MRP 运算及其排程下达。</translation>
    </message>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="63"/>
        <source>Plan of %1 released</source>
        <translation>%1 计划已下达</translation>
    </message>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="66"/>
        <source>Plan of %1 NOT released (cut-off %2)</source>
        <translation>%1 计划未下达（截止 %2）</translation>
    </message>
    <message>
        <location filename="../../src/app/PlanReleaseService.cpp" line="67"/>
        <source>Plan of %1 to release by %2</source>
        <translation>%1 计划须在 %2 前下达</translation>
    </message>
</context>
<context>
    <name>PlanSheet</name>
    <message>
        <location filename="../../src/app/plans/PlanSheet.cpp" line="55"/>
        <source>The plan of %1 has not been released for this workshop yet.</source>
        <translation>%1 的计划在此车间尚未下达。</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlanSheet.cpp" line="61"/>
        <source>Version %1 of the plan of %2 does not exist.</source>
        <translation>%2 的计划没有第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlanSheet.cpp" line="75"/>
        <source>Run MRP first: every plan is derived from the last MRP run and its schedule.</source>
        <translation>请先运行 MRP：所有计划都依据最近一次 MRP 运算及其排程生成。</translation>
    </message>
    <message>
        <location filename="../../src/app/plans/PlanSheet.cpp" line="93"/>
        <source>%1 is no open work order or planned order of the schedule.</source>
        <translation>%1 不是排程中未完工的工单或计划订单。</translation>
    </message>
</context>
<context>
    <name>PlanningSettingsEdit</name>
    <message>
        <location filename="../../src/app/orders/PlanningSettingsEdit.cpp" line="21"/>
        <source>The pattern cannot number orders: %1</source>
        <translation>该编号规则无法生成订单号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/PlanningSettingsEdit.cpp" line="49"/>
        <source>Change planning settings</source>
        <translation>修改计划设置</translation>
    </message>
</context>
<context>
    <name>PurchaseRecordDialogs</name>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="62"/>
        <source>Promised date of %1</source>
        <translation>%1 的供应商回复交期</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="63"/>
        <source>Due</source>
        <translation>要求到货</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="66"/>
        <source>who confirmed it, how</source>
        <translation>谁确认的、如何确认</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="67"/>
        <source>Supplier promises</source>
        <translation>供应商承诺</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="68"/>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="86"/>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="119"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="76"/>
        <source>Receive on %1</source>
        <translation>%1 到货</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="77"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="78"/>
        <source>Open</source>
        <translation>未交数量</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="83"/>
        <source>delivery note number</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="84"/>
        <source>Received on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="85"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="99"/>
        <source>Inspect receipt %1 (%2)</source>
        <translation>检验到货批 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="100"/>
        <source>Received</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="109"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="114"/>
        <source>defect found, inspection report number</source>
        <translation>不良现象、检验报告编号</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="115"/>
        <source>Accepted</source>
        <translation>合格数</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="116"/>
        <source>Rejected</source>
        <translation>不合格数</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="117"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/PurchaseRecordDialogs.cpp" line="118"/>
        <source>Inspected on</source>
        <translation>检验日期</translation>
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
    <name>SalesOrderActions</name>
    <message>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="45"/>
        <source>sales order %1 already exists</source>
        <translation>销售订单 %1 已存在</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="53"/>
        <source>New sales order %1</source>
        <translation>新建销售订单 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="65"/>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="77"/>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="90"/>
        <source>sales order %1 does not exist</source>
        <translation>销售订单 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="83"/>
        <source>Review of %1 by %2</source>
        <translation>%2评审 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderActions.cpp" line="95"/>
        <source>Delete draft %1</source>
        <translation>删除草稿 %1</translation>
    </message>
</context>
<context>
    <name>SalesOrderText</name>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="103"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="24"/>
        <source>line %1 </source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="26"/>
        <source>created as %1</source>
        <translation>创建（%1）</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="27"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="28"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="29"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="30"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="31"/>
        <source>order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="32"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="33"/>
        <source>order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="34"/>
        <source>line %1 added</source>
        <translation>新增第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="35"/>
        <source>line %1 removed</source>
        <translation>删除第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="36"/>
        <source>item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="37"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="38"/>
        <source>requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="39"/>
        <source>promised date</source>
        <translation>确认交期</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="40"/>
        <source>review</source>
        <translation>评审</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="41"/>
        <source>shipment</source>
        <translation>出货</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="51"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="52"/>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="53"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="54"/>
        <source>In production</source>
        <translation>生产中</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="55"/>
        <source>Partially shipped</source>
        <translation>部分出货</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="56"/>
        <source>Shipped</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="57"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="66"/>
        <source>Sales</source>
        <translation>业务部</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="67"/>
        <source>Engineering</source>
        <translation>技术/研发部</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="68"/>
        <source>Quality</source>
        <translation>品质部</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="69"/>
        <source>Production</source>
        <translation>生产部</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="70"/>
        <source>Purchasing / material control</source>
        <translation>采购/物控</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="71"/>
        <source>PMC</source>
        <translation>PMC</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="80"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="81"/>
        <source>Accept with conditions</source>
        <translation>有条件接受</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="82"/>
        <source>Reject</source>
        <translation>不接受</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="91"/>
        <source>Always</source>
        <translation>必须评审</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="92"/>
        <source>Custom orders</source>
        <translation>定制订单评审</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="93"/>
        <source>Not required</source>
        <translation>无需评审</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="109"/>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="111"/>
        <source>sales order %1 is %2, which does not allow this</source>
        <translation>销售订单 %1 状态为“%2”，不允许此操作</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="112"/>
        <source>the order has no lines</source>
        <translation>订单没有明细行</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="113"/>
        <source>quantity %1 must be greater than 0</source>
        <translation>数量 %1 必须大于 0</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="115"/>
        <source>quantity %1 is less than the %2 already shipped</source>
        <translation>数量 %1 小于已出货的 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="116"/>
        <source>date %1 lies before today</source>
        <translation>日期 %1 早于今天</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="117"/>
        <source>the order has no line %1</source>
        <translation>订单没有第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="118"/>
        <source>shipping %1 but only %2 is open</source>
        <translation>出货 %1，但未交数量只有 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="119"/>
        <source>shipment date %1 lies after today</source>
        <translation>出货日期 %1 晚于今天</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="120"/>
        <source>waiting for the review of %1</source>
        <translation>等待评审：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="121"/>
        <source>rejected by %1</source>
        <translation>被以下部门否决：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="122"/>
        <source>priority %1 must be 1 or more</source>
        <translation>优先级 %1 必须不小于 1</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="141"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="143"/>
        <source>%1: %2 removed</source>
        <translation>%1：删除 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/orders/SalesOrderText.cpp" line="144"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>ShortageListDocument</name>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="36"/>
        <source>Material shortage list</source>
        <translation>欠料表</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="41"/>
        <source>List no.: %1</source>
        <translation>单号：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="42"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="43"/>
        <source>Materials short: %1</source>
        <translation>欠料物料：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="44"/>
        <source>Orders blocked: %1</source>
        <translation>受阻订单：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="48"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="49"/>
        <source>Item</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="50"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="51"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="52"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="53"/>
        <source>Short qty</source>
        <translation>欠料数量</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="54"/>
        <source>First missing</source>
        <translation>首次欠料</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="55"/>
        <source>Blocked orders</source>
        <translation>影响订单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="56"/>
        <source>Late purchase orders</source>
        <translation>迟到采购单</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="57"/>
        <source>Promised</source>
        <translation>采购回复交期</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="58"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="59"/>
        <source>Material control</source>
        <translation>物控</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="59"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="60"/>
        <source>PMC manager</source>
        <translation>PMC经理</translation>
    </message>
    <message>
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="61"/>
        <source>No material is short.</source>
        <translation>无欠料。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/print/ShortageListDocument.cpp" line="105"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>共 %n 单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::app::AuditEventModel</name>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="95"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="117"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="117"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/app/models/AuditEventModel.cpp" line="117"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>pmc::app::BomTreeModel</name>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="268"/>
        <source>Not in the BOM valid on %1</source>
        <translation>不在 %1 有效的 BOM 中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="340"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="351"/>
        <source>Edit BOM row %1 → %2</source>
        <translation>修改 BOM 行 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="356"/>
        <source>Add %1 to the BOM of %2</source>
        <translation>将 %1 加入 %2 的 BOM</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="365"/>
        <source>Remove %1 from the BOM of %2</source>
        <translation>从 %2 的 BOM 中删除 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="384"/>
        <source>Component</source>
        <translation>子件</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="385"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="386"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="387"/>
        <source>Qty per</source>
        <translation>单位用量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="388"/>
        <source>Scrap rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="389"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="390"/>
        <source>Valid to</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="391"/>
        <source>Extended qty</source>
        <translation>累计需求量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="392"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/BomTreeModel.cpp" line="393"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
</context>
<context>
    <name>pmc::app::CapacityLoadTableModel</name>
    <message>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="139"/>
        <source>%1, %2 unit(s) at %3 % efficiency</source>
        <translation>%1，%2 台，效率 %3 %</translation>
    </message>
    <message>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="177"/>
        <source>W%1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="216"/>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="288"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="217"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Load: %3 h&lt;br&gt;Available: %4 h&lt;br&gt;Utilisation: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;负荷：%3 小时&lt;br&gt;可用：%4 小时&lt;br&gt;负荷率：%5</translation>
    </message>
    <message>
        <location filename="../../src/app/models/CapacityLoadTableModel.cpp" line="221"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#a00000&apos;&gt;Overloaded by %1 h&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#a00000&apos;&gt;超负荷 %1 小时&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pmc::app::DisplacedOrderModel</name>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="91"/>
        <source>A work order has no priority to lower</source>
        <translation>工单没有可降低的优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="92"/>
        <source>Tick to give %1 the lowest priority in the next simulation</source>
        <translation>勾选后下次模拟时 %1 取最低优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="136"/>
        <source>Sacrifice</source>
        <translation>让路</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="137"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="138"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="139"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="140"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="141"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="142"/>
        <source>Completion before</source>
        <translation>原完工时间</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="143"/>
        <source>Completion after</source>
        <translation>插单后完工时间</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="144"/>
        <source>Days late before</source>
        <translation>原延迟天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/DisplacedOrderModel.cpp" line="145"/>
        <source>Days late after</source>
        <translation>插单后延迟天数</translation>
    </message>
</context>
<context>
    <name>pmc::app::Document</name>
    <message>
        <location filename="../../src/app/Document.cpp" line="88"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/Document.cpp" line="114"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/Document.cpp" line="156"/>
        <location filename="../../src/app/Document.cpp" line="179"/>
        <location filename="../../src/app/DocumentExceptionReviews.cpp" line="66"/>
        <location filename="../../src/app/DocumentRecords.cpp" line="64"/>
        <location filename="../../src/app/DocumentRecords.cpp" line="82"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentPlannedOrders.cpp" line="42"/>
        <source>MRP is running; try again when it has finished.</source>
        <translation>MRP 正在运行，请在运行结束后再试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DocumentPlannedOrders.cpp" line="54"/>
        <source>Release %n planned order(s)</source>
        <translation>
            <numerusform>下达 %n 个计划订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DocumentPlannedOrders.cpp" line="55"/>
        <source>Firm %n planned order(s)</source>
        <translation>
            <numerusform>确认 %n 个计划订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentOperationPins.cpp" line="44"/>
        <source>Pin %1 step %2</source>
        <translation>锁定 %1 工序 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentOperationPins.cpp" line="55"/>
        <source>Unpin %1 step %2</source>
        <translation>解锁 %1 工序 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="22"/>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="43"/>
        <source>MRP or the schedule is running; try again when it has finished.</source>
        <translation>MRP 或排程正在运行，请在完成后重试。</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="33"/>
        <source>Move %1 step %2</source>
        <translation>移动 %1 工序 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="34"/>
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>移动 %n 道工序</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="41"/>
        <source>Build the schedule first (F6).</source>
        <translation>请先排程（F6）。</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="46"/>
        <source>Every step starting before %1 is pinned already.</source>
        <translation>%1 之前开工的工序都已锁定。</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentScheduleMoves.cpp" line="47"/>
        <source>Freeze until %1</source>
        <translation>冻结至 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentRecords.cpp" line="78"/>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentRecords.cpp" line="130"/>
        <source>Record abnormal hours of %1</source>
        <translation>登记 %1 的异常工时</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentRecords.cpp" line="150"/>
        <source>Receive %1 on %2</source>
        <translation>%2 到货 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentRecords.cpp" line="159"/>
        <source>Inspect receipt %1</source>
        <translation>检验到货批 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/DocumentRecords.cpp" line="168"/>
        <source>Promised date %1 for %2</source>
        <translation>%2 回复交期 %1</translation>
    </message>
</context>
<context>
    <name>pmc::app::EditableTableModel</name>
    <message>
        <location filename="../../src/app/models/EditableTableModel.cpp" line="27"/>
        <source>Edit %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/EditableTableModel.cpp" line="48"/>
        <source>%1 was refused; nothing was changed.
%2</source>
        <translation>%1 被拒绝，未做任何更改。
%2</translation>
    </message>
</context>
<context>
    <name>pmc::app::InventoryTableModel</name>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="59"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="60"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="61"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="62"/>
        <source>On inspection</source>
        <translation>待检</translation>
    </message>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="63"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../src/app/models/InventoryTableModel.cpp" line="64"/>
        <source>Plannable</source>
        <translation>可用于计划</translation>
    </message>
</context>
<context>
    <name>pmc::app::ItemChoiceModel</name>
    <message>
        <location filename="../../src/app/models/ItemChoiceModel.cpp" line="115"/>
        <source>No routing yet</source>
        <translation>尚无工艺路线</translation>
    </message>
</context>
<context>
    <name>pmc::app::ItemTableModel</name>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="109"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="110"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="111"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="112"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="113"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="114"/>
        <source>Lead time (days)</source>
        <translation>提前期（天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="115"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="116"/>
        <source>Lot rule</source>
        <translation>批量规则</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="117"/>
        <source>Lot size</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="118"/>
        <source>MOQ</source>
        <translation>最小起订量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="119"/>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="120"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="121"/>
        <source>Min stock</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="122"/>
        <source>Max stock</source>
        <translation>最高库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="123"/>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="124"/>
        <source>Buyer</source>
        <translation>采购/计划员</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ItemTableModel.cpp" line="125"/>
        <source>Product family</source>
        <translation>产品系列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/models/ItemTableModel.cpp" line="134"/>
        <source>Edit %n item(s)</source>
        <translation>
            <numerusform>修改 %n 个物料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::app::KpiTableModel</name>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="51"/>
        <source>Plan achievement (work orders due)</source>
        <translation>计划达成率（到期工单）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="52"/>
        <source>Daily plan achievement</source>
        <translation>日计划达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="53"/>
        <source>Delivery achievement</source>
        <translation>交货达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="54"/>
        <source>On-time delivery</source>
        <translation>出货及时率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="55"/>
        <source>Supplier on-time delivery</source>
        <translation>供应商按时交付率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="56"/>
        <source>Work order close rate</source>
        <translation>工单结案率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="57"/>
        <source>Scrap rate</source>
        <translation>报废率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="58"/>
        <source>Material idle hours rate</source>
        <translation>缺料工时率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="59"/>
        <source>Labour efficiency</source>
        <translation>作业效率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="60"/>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="61"/>
        <source>Material turnover (times)</source>
        <translation>材料周转率（次）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="115"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="116"/>
        <source>Value</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="117"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="118"/>
        <source>Actual / basis</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../src/app/models/KpiTableModel.cpp" line="119"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>pmc::app::MaterialAdjustmentModel</name>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="21"/>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="47"/>
        <source>Requisition</source>
        <translation>请购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="47"/>
        <source>Purchase order</source>
        <translation>采购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="90"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="91"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="92"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="93"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="94"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="95"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="96"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="97"/>
        <source>Needed before</source>
        <translation>原需求日</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="98"/>
        <source>Needed now</source>
        <translation>新需求日</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="99"/>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="100"/>
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MaterialAdjustmentModel.cpp" line="101"/>
        <source>New due date</source>
        <translation>新交期</translation>
    </message>
</context>
<context>
    <name>pmc::app::MrpExceptionTableModel</name>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="141"/>
        <source>Done %1</source>
        <translation>已处理 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="189"/>
        <source>Mark exception done</source>
        <translation>标记例外已处理</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="189"/>
        <source>Reopen exception</source>
        <translation>重新打开例外</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="192"/>
        <source>Note on exception</source>
        <translation>例外处理备注</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="201"/>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="202"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="203"/>
        <source>Exception</source>
        <translation>例外类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="204"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="205"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="206"/>
        <source>Buyer</source>
        <translation>采购/计划员</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="207"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="208"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="209"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/models/MrpExceptionTableModel.cpp" line="210"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>pmc::app::OrderComparisonModel</name>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="82"/>
        <source>dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="82"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="94"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="95"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="96"/>
        <source>Due date</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="97"/>
        <source>Live completion</source>
        <translation>正式计划完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="98"/>
        <source>What-if completion</source>
        <translation>模拟方案完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="99"/>
        <source>Live days late</source>
        <translation>正式计划延期天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="100"/>
        <source>What-if days late</source>
        <translation>模拟方案延期天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderComparisonModel.cpp" line="101"/>
        <source>Change (days)</source>
        <translation>变化（天）</translation>
    </message>
</context>
<context>
    <name>pmc::app::OrderHistoryModel</name>
    <message>
        <location filename="../../src/app/models/OrderHistoryModel.cpp" line="60"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderHistoryModel.cpp" line="61"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderHistoryModel.cpp" line="62"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>pmc::app::OrderReviewModel</name>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="75"/>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="96"/>
        <source>Required</source>
        <translation>必须评审</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="79"/>
        <source>Waiting</source>
        <translation>待评审</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="95"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="97"/>
        <source>Verdict</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="98"/>
        <source>Can meet</source>
        <translation>可达成日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="99"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="100"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../src/app/models/OrderReviewModel.cpp" line="101"/>
        <source>Reviewed at</source>
        <translation>评审时间</translation>
    </message>
</context>
<context>
    <name>pmc::app::PlanAdjustmentModel</name>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="55"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="55"/>
        <source>Dropped</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="55"/>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="120"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="122"/>
        <source>Order</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="123"/>
        <source>Previous number</source>
        <translation>原单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="124"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="125"/>
        <source>Name</source>
        <translation>品名</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="126"/>
        <source>Sales orders</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="127"/>
        <source>Qty before</source>
        <translation>原数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="128"/>
        <source>Qty after</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="129"/>
        <source>Due before</source>
        <translation>原交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="130"/>
        <source>Due after</source>
        <translation>新交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="131"/>
        <source>Start before</source>
        <translation>原开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="132"/>
        <source>Start after</source>
        <translation>新开工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="133"/>
        <source>End before</source>
        <translation>原完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="134"/>
        <source>End after</source>
        <translation>新完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="135"/>
        <source>Work centers</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlanAdjustmentModel.cpp" line="136"/>
        <source>Ship dates</source>
        <translation>交期影响</translation>
    </message>
</context>
<context>
    <name>pmc::app::PlannedOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="66"/>
        <source>Firm planned order: MRP keeps its quantity and dates until it is released</source>
        <translation>确认的计划订单：MRP 保持其数量和日期不变，直到下达</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="73"/>
        <source>%1, firm</source>
        <translation>%1，已确认</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="88"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="89"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="90"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="91"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="92"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="93"/>
        <source>Release</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="94"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PlannedOrderTableModel.cpp" line="95"/>
        <source>Pegged to</source>
        <translation>追溯需求</translation>
    </message>
</context>
<context>
    <name>pmc::app::ProgressBoardModel</name>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="72"/>
        <source>Next %1: %2</source>
        <translation>下一个 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="98"/>
        <source>%1 lines, %2 behind</source>
        <translation>%1 条线，%2 条落后</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="130"/>
        <source>No more work today</source>
        <translation>今日无后续工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="159"/>
        <source>%1 op %2: due %3, projected %4</source>
        <translation>%1 工序 %2：交期 %3，预计完工 %4</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="174"/>
        <source>Line</source>
        <translation>线别/班组</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="175"/>
        <source>Current work order</source>
        <translation>当前工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="176"/>
        <source>Plan today</source>
        <translation>今日计划</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="177"/>
        <source>Actual</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="178"/>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ProgressBoardModel.cpp" line="179"/>
        <source>Late</source>
        <translation>延期</translation>
    </message>
</context>
<context>
    <name>pmc::app::PurchaseFollowUpModel</name>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="23"/>
        <source>Purchase order</source>
        <translation>采购单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="23"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="23"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="23"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="23"/>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="24"/>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="24"/>
        <source>On inspection</source>
        <translation>待检</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="24"/>
        <source>Open</source>
        <translation>未交</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="24"/>
        <source>Due</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="24"/>
        <source>Promised</source>
        <translation>回复交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="25"/>
        <source>Dates given</source>
        <translation>回复次数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="25"/>
        <source>Days late</source>
        <translation>延误天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="25"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/app/models/PurchaseFollowUpModel.cpp" line="67"/>
        <source>Confirm the date</source>
        <translation>待确认交期</translation>
    </message>
</context>
<context>
    <name>pmc::app::ReceiptTableModel</name>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="13"/>
        <source>Receipt</source>
        <translation>到货批</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="13"/>
        <source>Purchase order</source>
        <translation>采购单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="13"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="13"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="13"/>
        <source>Received on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="14"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="14"/>
        <source>Inspection</source>
        <translation>检验状态</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="14"/>
        <source>Accepted</source>
        <translation>合格数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="14"/>
        <source>Rejected</source>
        <translation>不合格数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="14"/>
        <source>Disposition</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="15"/>
        <source>Inspected on</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="15"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="59"/>
        <source>Inspected</source>
        <translation>已检验</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ReceiptTableModel.cpp" line="59"/>
        <source>On inspection</source>
        <translation>待检</translation>
    </message>
</context>
<context>
    <name>pmc::app::RequirementGridModel</name>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="154"/>
        <source>Gross requirements</source>
        <translation>毛需求</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="155"/>
        <source>Scheduled receipts</source>
        <translation>预计入库</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="156"/>
        <source>Projected available</source>
        <translation>预计可用量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="157"/>
        <source>Net requirements</source>
        <translation>净需求</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="158"/>
        <source>Planned receipts</source>
        <translation>计划订单入库</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="159"/>
        <source>Planned releases</source>
        <translation>计划订单下达</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="217"/>
        <source>Lead time %1 d</source>
        <translation>提前期 %1 天</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="223"/>
        <source>Safety stock %1 %2</source>
        <translation>安全库存 %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="224"/>
        <source>Buyer %1</source>
        <translation>采购/计划员 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="225"/>
        <source>Supplier %1</source>
        <translation>供应商 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="236"/>
        <source>%1, %2: double-click or Enter shows what makes this number</source>
        <translation>%1，%2：双击或按回车查看该数字的来源</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="277"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="278"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="279"/>
        <source>Row</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="290"/>
        <source>%1 (not a working day)</source>
        <translation>%1（非工作日）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="291"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementGridModel.cpp" line="297"/>
        <source>Wk %1</source>
        <translation>第 %1 周</translation>
    </message>
</context>
<context>
    <name>pmc::app::RequirementSourceModel</name>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="42"/>
        <source>Sales order line</source>
        <translation>销售订单行</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="43"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="44"/>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="56"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="45"/>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="58"/>
        <source>Firm planned order</source>
        <translation>确认的计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="46"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="47"/>
        <source>Not in this run</source>
        <translation>不在本次运算中</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="55"/>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="57"/>
        <source>Purchase requisition</source>
        <translation>请购单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="108"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="109"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="129"/>
        <source>...</source>
        <translation>……</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="129"/>
        <source>More pegging not shown</source>
        <translation>更多追溯未显示</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="211"/>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="211"/>
        <source>Projected available before</source>
        <translation>期初预计可用量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="212"/>
        <source>+ Scheduled receipts</source>
        <translation>+ 预计入库</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="213"/>
        <source>+ Planned receipts</source>
        <translation>+ 计划订单入库</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="214"/>
        <source>- Gross requirements</source>
        <translation>- 毛需求</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RequirementSourceModel.cpp" line="215"/>
        <source>= Projected available</source>
        <translation>= 预计可用量</translation>
    </message>
</context>
<context>
    <name>pmc::app::RoutingTableModel</name>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="89"/>
        <source>Setup + %1 × run per unit / efficiency of the work center</source>
        <translation>准备时间 + %1 × 单件加工时间 / 工作中心效率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="158"/>
        <source>Add operation %1 to %2</source>
        <translation>为 %2 添加工序 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="172"/>
        <source>Delete operation %1 of %2</source>
        <translation>删除 %2 的工序 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="186"/>
        <source>Move operation %1 of %2</source>
        <translation>移动 %2 的工序 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="202"/>
        <source>Seq</source>
        <translation>工序号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="203"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="204"/>
        <source>Setup (min)</source>
        <translation>准备（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="205"/>
        <source>Run per unit (min)</source>
        <translation>单件加工（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="206"/>
        <source>Queue (min)</source>
        <translation>排队（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="207"/>
        <source>Inspection (min)</source>
        <translation>检验（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="208"/>
        <source>Move (min)</source>
        <translation>搬运（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/RoutingTableModel.cpp" line="209"/>
        <source>Lot of %1 (min)</source>
        <translation>批量 %1 用时（分钟）</translation>
    </message>
</context>
<context>
    <name>pmc::app::RushOrderScenario</name>
    <message>
        <location filename="../../src/app/RushOrderScenario.cpp" line="37"/>
        <source>The rush order is still being simulated.</source>
        <translation>急单仍在模拟中。</translation>
    </message>
    <message>
        <location filename="../../src/app/RushOrderScenario.cpp" line="90"/>
        <source>Simulate the rush order before committing it.</source>
        <translation>请先模拟急单再提交。</translation>
    </message>
    <message>
        <location filename="../../src/app/RushOrderScenario.cpp" line="98"/>
        <source>Insert rush order %1</source>
        <translation>插入急单 %1</translation>
    </message>
</context>
<context>
    <name>pmc::app::SalesOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="121"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="122"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="123"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="124"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="125"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="126"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="127"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="128"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="129"/>
        <source>Shipped</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="130"/>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SalesOrderTableModel.cpp" line="131"/>
        <source>Promised date</source>
        <translation>确认交期</translation>
    </message>
</context>
<context>
    <name>pmc::app::ScheduleComparisonModel</name>
    <message numerus="yes">
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="64"/>
        <source>Busiest work center over the first %n day(s): live %1, what-if %2</source>
        <translation>
            <numerusform>前 %n 天负荷最高的工作中心：正式计划 %1，模拟方案 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="73"/>
        <source>Orders late</source>
        <translation>延期订单数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="74"/>
        <source>Sales order lines late</source>
        <translation>延期销售订单行数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="75"/>
        <source>Total days late</source>
        <translation>累计延期天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="76"/>
        <source>Weighted tardiness</source>
        <translation>加权延期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="77"/>
        <source>Makespan (days)</source>
        <translation>总工期（天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="78"/>
        <source>Changeovers (hours)</source>
        <translation>换型时间（小时）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="79"/>
        <source>Busiest work center utilisation (%)</source>
        <translation>最忙工作中心利用率（%）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="80"/>
        <source>Orders short of material</source>
        <translation>欠料订单数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="99"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="100"/>
        <source>Live plan</source>
        <translation>正式计划</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="101"/>
        <source>What-if</source>
        <translation>模拟方案</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduleComparisonModel.cpp" line="102"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>pmc::app::ScheduledOrderTableModel</name>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="60"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="60"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="76"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="77"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="78"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="79"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="80"/>
        <source>Due date</source>
        <translation>交期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="81"/>
        <source>Projected completion</source>
        <translation>预计完工</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ScheduledOrderTableModel.cpp" line="82"/>
        <source>Days late</source>
        <translation>延误天数</translation>
    </message>
</context>
<context>
    <name>pmc::app::SearchResultModel</name>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="55"/>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="57"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="59"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="61"/>
        <source>Purchase order</source>
        <translation>采购订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="63"/>
        <source>Firm planned order</source>
        <translation>确认的计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="65"/>
        <source>Planned order</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="67"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SearchResultModel.cpp" line="69"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>pmc::app::ShortMaterialModel</name>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="36"/>
        <source>none open</source>
        <translation>无在途</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="39"/>
        <source>%1 (%2) due %3</source>
        <translation>%1（%2）交期 %3</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="53"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="54"/>
        <source>Short</source>
        <translation>欠料数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="55"/>
        <source>Needed on</source>
        <translation>需求日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortMaterialModel.cpp" line="56"/>
        <source>Open purchase orders (supplier&apos;s date)</source>
        <translation>在途采购单（供应商交期）</translation>
    </message>
</context>
<context>
    <name>pmc::app::ShortageTableModel</name>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="46"/>
        <source>%1 due %2 (%3 days late)</source>
        <translation>%1 交期 %2（延误 %3 天）</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="93"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="94"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="95"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="96"/>
        <source>Short quantity</source>
        <translation>欠料数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="97"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="98"/>
        <source>First missing</source>
        <translation>首次缺料日期</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="99"/>
        <source>Blocked orders</source>
        <translation>受影响订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/ShortageTableModel.cpp" line="100"/>
        <source>Late purchase orders</source>
        <translation>逾期采购单</translation>
    </message>
</context>
<context>
    <name>pmc::app::SlowMovingStockModel</name>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="12"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="12"/>
        <source>Item name</source>
        <translation>物料名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="12"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="12"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="12"/>
        <source>Last movement</source>
        <translation>最后异动</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="13"/>
        <source>Idle days</source>
        <translation>呆滞天数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="13"/>
        <source>Open orders could use</source>
        <translation>在单可消耗</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="13"/>
        <source>Orders</source>
        <translation>可消耗订单</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SlowMovingStockModel.cpp" line="45"/>
        <source>not on record</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>pmc::app::SupplierTableModel</name>
    <message>
        <location filename="../../src/app/models/SupplierTableModel.cpp" line="49"/>
        <source>Supplier code</source>
        <translation>供应商编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplierTableModel.cpp" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplierTableModel.cpp" line="51"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplierTableModel.cpp" line="52"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>pmc::app::SupplyChainModel</name>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="91"/>
        <source>Step %1</source>
        <translation>工序 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="93"/>
        <source>%1 reported</source>
        <translation>已报工 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="107"/>
        <source>Order / step</source>
        <translation>订单 / 工序</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="108"/>
        <source>Item / work center</source>
        <translation>物料 / 工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="109"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="111"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="112"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/app/models/SupplyChainModel.cpp" line="113"/>
        <source>Unit</source>
        <translation>机台</translation>
    </message>
</context>
<context>
    <name>pmc::app::WhatIfScenario</name>
    <message>
        <location filename="../../src/app/WhatIfScenario.cpp" line="136"/>
        <source>There is no work center %1.</source>
        <translation>没有工作中心 %1。</translation>
    </message>
    <message>
        <location filename="../../src/app/WhatIfScenario.cpp" line="255"/>
        <source>The what-if plan is still being calculated.</source>
        <translation>模拟方案仍在计算中。</translation>
    </message>
    <message>
        <location filename="../../src/app/WhatIfScenario.cpp" line="257"/>
        <source>The live plan is being recalculated; adopt when it has finished.</source>
        <translation>正式计划正在重新计算，请在完成后再采用。</translation>
    </message>
    <message>
        <location filename="../../src/app/WhatIfScenario.cpp" line="258"/>
        <source>Adopt what-if changes</source>
        <translation>采用模拟方案的更改</translation>
    </message>
</context>
<context>
    <name>pmc::app::WhatIfWorkCenterModel</name>
    <message>
        <location filename="../../src/app/models/WhatIfWorkCenterModel.cpp" line="93"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhatIfWorkCenterModel.cpp" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhatIfWorkCenterModel.cpp" line="95"/>
        <source>Live units</source>
        <translation>正式台数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhatIfWorkCenterModel.cpp" line="96"/>
        <source>What-if units</source>
        <translation>模拟台数</translation>
    </message>
</context>
<context>
    <name>pmc::app::WhereUsedTableModel</name>
    <message>
        <location filename="../../src/app/models/WhereUsedTableModel.cpp" line="86"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhereUsedTableModel.cpp" line="87"/>
        <source>Used in</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhereUsedTableModel.cpp" line="88"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WhereUsedTableModel.cpp" line="89"/>
        <source>Qty per</source>
        <translation>单位用量</translation>
    </message>
</context>
<context>
    <name>pmc::app::WorkCenterTreeModel</name>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="171"/>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="190"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="191"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="192"/>
        <source>Parallel units</source>
        <translation>并行单元数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="193"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="194"/>
        <source>Routing operations</source>
        <translation>工序数</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="230"/>
        <source>Rename workshop %1 to %2</source>
        <translation>将车间 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="230"/>
        <source>Rename line %1 to %2</source>
        <translation>将产线 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="297"/>
        <source>Edit work center %1</source>
        <translation>修改工作中心 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="304"/>
        <source>Add work center %1</source>
        <translation>新增工作中心 %1</translation>
    </message>
    <message>
        <location filename="../../src/app/models/WorkCenterTreeModel.cpp" line="311"/>
        <source>Delete work center %1</source>
        <translation>删除工作中心 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui</name>
    <message>
        <location filename="../../ui/PrintPreview.cpp" line="24"/>
        <location filename="../../ui/PrintPreview.cpp" line="29"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/PrintPreview.cpp" line="24"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/PrintPreview.cpp" line="44"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
</context>
<context>
    <name>pmc::ui::AbnormalHoursDialog</name>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="29"/>
        <source>Record abnormal hours</source>
        <translation>登记异常工时</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="47"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="48"/>
        <source>department or person responsible, e.g. Purchasing</source>
        <translation>责任部门或责任人，例如采购部</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="51"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="52"/>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="53"/>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="54"/>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Cause</source>
        <translation>异常类别</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="55"/>
        <source>Labour hours lost</source>
        <translation>损失工时</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="56"/>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="57"/>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="60"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="66"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="68"/>
        <source>Record and clear the form for the next one (%1)</source>
        <translation>登记并清空表单以便录入下一条（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/AbnormalHoursDialog.cpp" line="110"/>
        <source>Recorded %1 h of %2 on %3.</source>
        <translation>已登记 %3 的%2 %1 小时。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::AddComponentDialog</name>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="50"/>
        <source>Add component</source>
        <translation>添加子件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="57"/>
        <source>Code or name</source>
        <translation>编码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="66"/>
        <source>Parent item</source>
        <translation>父件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="67"/>
        <source>Component</source>
        <translation>子件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="68"/>
        <source>Qty per</source>
        <translation>单位用量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="69"/>
        <source>Scrap rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="70"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="71"/>
        <source>Valid to (exclusive)</source>
        <translation>失效日期（不含当天）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="101"/>
        <source>Unknown parent item &quot;%1&quot;</source>
        <translation>未知父件“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="103"/>
        <source>Enter the component&apos;s code or name</source>
        <translation>请输入子件的编码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="105"/>
        <source>Unknown component &quot;%1&quot;</source>
        <translation>未知子件“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/AddComponentDialog.cpp" line="107"/>
        <source>An item cannot contain itself</source>
        <translation>物料不能包含自身</translation>
    </message>
</context>
<context>
    <name>pmc::ui::AuditTrailDialog</name>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="41"/>
        <source>Audit trail</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="50"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="57"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="59"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="61"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="104"/>
        <source>Select a change to see the record before and after it.</source>
        <translation>选择一条修改，查看修改前后的记录。</translation>
    </message>
    <message>
        <location filename="../../ui/AuditTrailDialog.cpp" line="110"/>
        <source>Before:
%1
After:
%2</source>
        <translation>修改前：
%1
修改后：
%2</translation>
    </message>
</context>
<context>
    <name>pmc::ui::BomPage</name>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="48"/>
        <source>Multi-level</source>
        <translation>多层</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="94"/>
        <source>Code or name of a make item</source>
        <translation>自制件的编码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="107"/>
        <source>Rows not valid on this date are greyed and not counted</source>
        <translation>在此日期无效的行显示为灰色且不计入用量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="111"/>
        <source>Add component...</source>
        <translation>添加子件...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="113"/>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="118"/>
        <source>Parent item</source>
        <translation>父件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="120"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="122"/>
        <source>Valid on</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="156"/>
        <source>Double-click a parent to open its BOM</source>
        <translation>双击父件打开其 BOM</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/BomPage.cpp" line="204"/>
        <source>Where used: %1</source>
        <translation>使用情况：%1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::CalendarPage</name>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="115"/>
        <source>Mark holiday</source>
        <translation>设为假日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="116"/>
        <source>Mark make-up working day</source>
        <translation>设为调休工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="117"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="122"/>
        <source>Ctrl+click adds a day to the selection, Shift+click selects a range.</source>
        <translation>Ctrl+单击可追加选择日期，Shift+单击可选择一段日期。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="146"/>
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="147"/>
        <source>Non-working day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="148"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="149"/>
        <source>Make-up working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="150"/>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="157"/>
        <source>Weekly working days</source>
        <translation>每周工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="166"/>
        <source>Shifts (every working day)</source>
        <translation>班次（每个工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="209"/>
        <source>Overtime on %1</source>
        <translation>%1 的加班</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="213"/>
        <source>workday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="214"/>
        <source>non-working day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="215"/>
        <source>holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="216"/>
        <source>make-up working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="218"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="220"/>
        <source>%1 days selected</source>
        <translation>已选择 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="258"/>
        <source>Mark holiday: %1</source>
        <translation>设为假日：%1</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="259"/>
        <source>Mark make-up working day: %1</source>
        <translation>设为调休工作日：%1</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="260"/>
        <source>Clear day marks: %1</source>
        <translation>清除日期标记：%1</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="272"/>
        <source>Change weekly working days</source>
        <translation>修改每周工作日</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="285"/>
        <source>Change shifts</source>
        <translation>修改班次</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/CalendarPage.cpp" line="302"/>
        <source>Change overtime on %1</source>
        <translation>修改 %1 的加班</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ChangeImpactDialog</name>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="46"/>
        <source>Impact of the order change</source>
        <translation>订单变更影响</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="54"/>
        <source>Production plan adjustment (%1)</source>
        <translation>生产计划调整 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="56"/>
        <source>Material delivery adjustment (%1)</source>
        <translation>物料交期调整 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="60"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="62"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="64"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeImpactDialog.cpp" line="82"/>
        <source>Reason: %1. %n production order(s) and %2 to adjust.</source>
        <translation>
            <numerusform>原因：%1。需调整 %n 个生产订单和%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeImpactDialog.cpp" line="85"/>
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n 个采购</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="87"/>
        <source>No sales line is delivered differently.</source>
        <translation>没有订单行的交付发生变化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeImpactDialog.cpp" line="93"/>
        <source>%n sales line(s) change, %1 late now:</source>
        <translation>
            <numerusform>%n 个订单行有变化，其中 %1 个现在延期：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeImpactDialog.cpp" line="98"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="150"/>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="171"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="163"/>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="178"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="164"/>
        <source>The table was not exported.
%1</source>
        <translation>表格未导出。
%1</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="171"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/ChangeImpactDialog.cpp" line="178"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>pmc::ui::Choices</name>
    <message>
        <location filename="../../ui/masterdata/Choices.cpp" line="53"/>
        <source>(no supplier)</source>
        <translation>（无供应商）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ColumnChooser</name>
    <message>
        <location filename="../../ui/ColumnChooser.cpp" line="47"/>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>pmc::ui::CompletionEntryDialog</name>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="50"/>
        <source>Record completions</source>
        <translation>生产报工</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="57"/>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="262"/>
        <source>Work order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="57"/>
        <source>Op</source>
        <translation>工序</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="57"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="57"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="57"/>
        <source>Planned / open</source>
        <translation>计划/未完成</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="58"/>
        <source>Good (QC passed)</source>
        <translation>良品数（检验合格）</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="58"/>
        <source>Scrap</source>
        <translation>报废数</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="58"/>
        <source>Scrap reason</source>
        <translation>报废原因</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="58"/>
        <source>Worker or team</source>
        <translation>作业员/班组</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="59"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="63"/>
        <source>Type into Good, Scrap, Scrap reason, Worker or team and Hours; Tab moves right, Enter commits. Rows left empty are not recorded.</source>
        <translation>在良品数、报废数、报废原因、作业员/班组和工时中输入；Tab 右移，回车确认。空行不记录。</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="66"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="67"/>
        <source>A row for a step that is not on the board (type its work order and operation)</source>
        <translation>为看板上没有的工序添加一行（输入工单号和工序号）</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="68"/>
        <source>Import sheet...</source>
        <translation>导入报工表...</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="69"/>
        <source>Record a team&apos;s report sheet (.xlsx or .csv): all rows or none</source>
        <translation>导入班组报工表（.xlsx 或 .csv）：全部记录或全部不记录</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="70"/>
        <source>Save template...</source>
        <translation>保存模板...</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="71"/>
        <source>The empty report sheet for the team leaders</source>
        <translation>供班组长填写的空白报工表</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="76"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="77"/>
        <source>Record every filled row in one step (Ctrl+Return); undo takes them back</source>
        <translation>一步记录所有已填行（Ctrl+回车）；撤销可撤回</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="85"/>
        <source>Day worked</source>
        <translation>作业日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CompletionEntryDialog.cpp" line="129"/>
        <source>The released plan of the day: %n step(s).</source>
        <translation>
            <numerusform>当日已下达计划：%n 道工序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CompletionEntryDialog.cpp" line="130"/>
        <source>No plan was released for the day: every step that can still report (%n).</source>
        <translation>
            <numerusform>当日未下达计划：列出所有仍可报工的工序（%n）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="162"/>
        <source>row %1, %2: &quot;%3&quot; is not a number</source>
        <translation>第 %1 行，%2：“%3”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="171"/>
        <source>row %1: the operation must be a whole number</source>
        <translation>第 %1 行：工序号必须是整数</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="195"/>
        <source>Nothing typed yet: enter the good or scrap quantity of a row.</source>
        <translation>尚未输入：请填写某行的良品数或报废数。</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="201"/>
        <source>row %1:</source>
        <translation>第 %1 行：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CompletionEntryDialog.cpp" line="203"/>
        <source>Record %n completion(s)</source>
        <translation>
            <numerusform>记录 %n 条报工</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="205"/>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="221"/>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="230"/>
        <source>Nothing was recorded:
%1</source>
        <translation>未记录任何数据：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CompletionEntryDialog.cpp" line="228"/>
        <source>Import %n completion(s)</source>
        <translation>
            <numerusform>导入 %n 条报工</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/CompletionEntryDialog.cpp" line="235"/>
        <source>Recorded %n report(s) from the sheet.</source>
        <translation>
            <numerusform>已从报工表记录 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="242"/>
        <source>Import report sheet</source>
        <translation>导入报工表</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="243"/>
        <source>Report sheets (*.xlsx *.csv)</source>
        <translation>报工表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="247"/>
        <source>Sheet recorded before?</source>
        <translation>这张报表已经导入过？</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="248"/>
        <source>Rows of this sheet equal reports already recorded, field for field (see below the board). Was the sheet imported before? Record its rows again only if the shop floor really reported them twice.</source>
        <translation>报表中有些行与已登记的报工逐项相同（见列表下方）。这张报表是否已经导入过？只有车间确实报了两次时才再次登记。</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="257"/>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="257"/>
        <source>completion-reports.xlsx</source>
        <translation>班组生产日报.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="258"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/CompletionEntryDialog.cpp" line="264"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ConfirmOrderDialog</name>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="27"/>
        <source>Capable to promise</source>
        <translation>可承诺交期计算</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="29"/>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="140"/>
        <source>Confirm %1</source>
        <translation>确认订单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="37"/>
        <source>The departments can meet %1.</source>
        <translation>各部门可达成日期：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="41"/>
        <source>Accepted with conditions by %1: read their comments.</source>
        <translation>%1 有条件接受：请阅读其说明。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="50"/>
        <source>Capable to promise plans the order on top of the current orders: the earliest date material and capacity allow, and what limits it.</source>
        <translation>可承诺交期计算：在现有订单之上排入本订单，给出物料与产能允许的最早日期及其制约因素。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="55"/>
        <source>Promised date</source>
        <translation>确认交期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="57"/>
        <source>Confirm order</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="113"/>
        <source>Line %1 %2 × %3: %4</source>
        <translation>第 %1 行 %2 × %3：%4</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="120"/>
        <source>Not deliverable within the planning horizon.</source>
        <translation>计划期内无法交货。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="126"/>
        <source>Planning…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ConfirmOrderDialog.cpp" line="142"/>
        <source>Order not confirmed</source>
        <translation>订单未确认</translation>
    </message>
</context>
<context>
    <name>pmc::ui::DepartmentReviewDialog</name>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="23"/>
        <source>Review of %1</source>
        <translation>评审 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="34"/>
        <source>The date this department can meet: drawings ready, material in, capacity free</source>
        <translation>本部门可达成的日期：图纸完成、物料到齐、产能空出</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="36"/>
        <source>Conditions, reasons, what is needed</source>
        <translation>条件、原因、所需事项</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="38"/>
        <source>Your name (empty: the computer&apos;s user)</source>
        <translation>评审人姓名（留空则为本机用户）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="44"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="45"/>
        <source>Verdict</source>
        <translation>评审意见</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="46"/>
        <source>Can meet</source>
        <translation>可达成日期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="47"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/orders/DepartmentReviewDialog.cpp" line="48"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ExceptionListPage</name>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="35"/>
        <source>Hide done</source>
        <translation>隐藏已处理</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="38"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="59"/>
        <source>Mark done...</source>
        <translation>标记已处理...</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="60"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="64"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="66"/>
        <source>Buyer:</source>
        <translation>采购/计划员：</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="68"/>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="87"/>
        <source>All buyers</source>
        <translation>全部采购/计划员</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="88"/>
        <source>All suppliers</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <location filename="../../ui/ExceptionListPage.cpp" line="114"/>
        <source>Mark done</source>
        <translation>标记已处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ExceptionListPage.cpp" line="115"/>
        <source>%n message(s) handled. Note (optional), e.g. what the supplier confirmed:</source>
        <translation>
            <numerusform>已处理 %n 条例外信息。备注（可选），例如供应商确认的内容：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ExceptionListPage.cpp" line="125"/>
        <source>Mark %n exception(s) done</source>
        <translation>
            <numerusform>标记 %n 条例外已处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ExceptionListPage.cpp" line="135"/>
        <source>Reopen %n exception(s)</source>
        <translation>
            <numerusform>重新打开 %n 条例外</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::FrozenColumnTable</name>
    <message>
        <location filename="../../ui/FrozenColumnTable.cpp" line="51"/>
        <source>Show what makes this number</source>
        <translation>查看数字来源</translation>
    </message>
</context>
<context>
    <name>pmc::ui::GanttPainter</name>
    <message>
        <location filename="../../ui/GanttPainter.cpp" line="283"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/GanttPainter.cpp" line="283"/>
        <source>Order / step</source>
        <translation>订单 / 工序</translation>
    </message>
</context>
<context>
    <name>pmc::ui::GanttToolBar</name>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="37"/>
        <source>Resources</source>
        <translation>按资源</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="38"/>
        <source>Orders</source>
        <translation>按订单</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="39"/>
        <source>Rows: units of the work centers, or orders with their steps</source>
        <translation>行：工作中心的设备，或订单及其工序</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="40"/>
        <source>Colour by order</source>
        <translation>按订单着色</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="41"/>
        <source>Colour by priority</source>
        <translation>按优先级着色</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="42"/>
        <source>Colour by status</source>
        <translation>按状态着色</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="57"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="58"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="59"/>
        <source>Whole schedule</source>
        <translation>全部排程</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="59"/>
        <source>Zoom to show the whole schedule</source>
        <translation>缩放到显示全部排程</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="60"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="60"/>
        <source>Print preview of the chart as it is in view</source>
        <translation>打印预览当前显示的甘特图</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="61"/>
        <source>PDF...</source>
        <translation>PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="61"/>
        <source>Export the chart as it is in view to a PDF file</source>
        <translation>将当前显示的甘特图导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="77"/>
        <source>Drag bars to move them (Ctrl+click selects several, Alt+←/→ nudges, right-click pins)</source>
        <translation>拖动工序条可调整（Ctrl+单击多选，Alt+←/→ 微调，右键锁定）</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="87"/>
        <source>Production schedule by work center (生产排程)</source>
        <translation>生产排程（按工作中心）</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="88"/>
        <source>Production schedule by order (订单排程)</source>
        <translation>订单排程（按订单）</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="117"/>
        <source>Export the Gantt chart</source>
        <translation>导出甘特图</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="118"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/GanttToolBar.cpp" line="126"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::GanttView</name>
    <message>
        <location filename="../../ui/GanttView.cpp" line="291"/>
        <location filename="../../ui/GanttView.cpp" line="447"/>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="414"/>
        <source>&lt;b&gt;%1 step %2&lt;/b&gt; → %3</source>
        <translation>&lt;b&gt;%1 工序 %2&lt;/b&gt; → %3</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="425"/>
        <source>planned orders are firmed by the move</source>
        <translation>移动将把计划订单确认为确认计划订单</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="455"/>
        <source>Move planned orders</source>
        <translation>移动计划订单</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="456"/>
        <source>Moving these steps firms their planned orders (they become firm planned orders that MRP keeps as they are): %1. Move them?</source>
        <translation>移动这些工序会确认其计划订单（变为 MRP 保持不变的确认计划订单）：%1。是否移动？</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="463"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="463"/>
        <source>Not moved:
%1</source>
        <translation>未移动：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/GanttView.cpp" line="465"/>
        <source>Moved %n step(s); Ctrl+Z takes the move back.</source>
        <translation>
            <numerusform>已移动 %n 道工序；按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="476"/>
        <source>%1 step %2</source>
        <translation>%1 工序 %2</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="479"/>
        <source>Unpin %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="481"/>
        <source>Pin %1 here (unit and start)</source>
        <translation>将 %1 锁定在此（机台与开工时间）</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="485"/>
        <source>Kitting list of %1...</source>
        <translation>%1 的套料单...</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="489"/>
        <source>Pin</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="489"/>
        <source>Cannot pin %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="505"/>
        <source>Kitting list</source>
        <translation>套料单</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="519"/>
        <source>&lt;b&gt;%1&lt;/b&gt; op %2&lt;br&gt;%3 %4 × %5&lt;br&gt;%6 – %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 工序 %2&lt;br&gt;%3 %4 × %5&lt;br&gt;%6 – %7</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="607"/>
        <source>%1 to %2 · printed %3</source>
        <translation>%1 至 %2 · 打印于 %3</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="618"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="620"/>
        <source>Red: late · hatched: changeover · dark corner: pinned · orange corner: material short</source>
        <translation>红色：延误 · 斜线：换型 · 深色角：已锁定 · 橙色角：欠料</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="253"/>
        <source>Press Schedule (F6) to build the schedule.</source>
        <translation>请按“排程 (F6)”生成排程。</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="525"/>
        <source>&lt;br&gt;changeover %1 min at the start</source>
        <translation>&lt;br&gt;开头换型 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="527"/>
        <source>&lt;br&gt;pinned: the scheduler leaves it here</source>
        <translation>&lt;br&gt;已锁定：排程不会移动它</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="529"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 – %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="534"/>
        <source>&lt;br&gt;due %1</source>
        <translation>&lt;br&gt;交期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="536"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b05000&apos;&gt;material short: a component has no supply&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#b05000&apos;&gt;欠料：有零件没有任何供应&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/GanttView.cpp" line="538"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:red&apos;&gt;%1 days late&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:red&apos;&gt;延误 %1 天&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>pmc::ui::GlobalSearch</name>
    <message>
        <location filename="../../ui/GlobalSearch.cpp" line="22"/>
        <source>Search order, item, work order… (Ctrl+K)</source>
        <translation>搜索订单、物料、工单…（Ctrl+K）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::IntervalTable</name>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="31"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="32"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="32"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="38"/>
        <source>Times as HH:MM; an end of 24:00 is midnight</source>
        <translation>时间格式为 HH:MM；结束时间 24:00 表示午夜</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="47"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="49"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/IntervalTable.cpp" line="96"/>
        <source>&quot;%1&quot; is not a time (HH:MM)</source>
        <translation>“%1”不是时间（HH:MM）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ItemDialog</name>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="14"/>
        <source>Add item</source>
        <translation>新增物料</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="24"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="26"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="27"/>
        <source>UoM</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="28"/>
        <source>Make/buy</source>
        <translation>自制/外购</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="29"/>
        <source>Lead time (days)</source>
        <translation>提前期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="30"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="34"/>
        <source>Enter a code that no other item has.</source>
        <translation>请输入一个未被其他物料使用的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="36"/>
        <source>Item %1 already exists.</source>
        <translation>物料 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemDialog.cpp" line="38"/>
        <source>Enter the unit of measure.</source>
        <translation>请输入计量单位。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ItemEditorPage</name>
    <message>
        <location filename="../../ui/masterdata/ItemEditorPage.cpp" line="22"/>
        <source>Add item...</source>
        <translation>新增物料...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemEditorPage.cpp" line="23"/>
        <source>Edit selected...</source>
        <translation>批量修改选中项...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemEditorPage.cpp" line="24"/>
        <source>Delete items</source>
        <translation>删除物料</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/ItemEditorPage.cpp" line="47"/>
        <source>Add item %1</source>
        <translation>新增物料 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/ItemEditorPage.cpp" line="64"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 个物料</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::ItemField</name>
    <message>
        <location filename="../../ui/ItemField.cpp" line="17"/>
        <source>Code or name</source>
        <translation>编码或名称</translation>
    </message>
</context>
<context>
    <name>pmc::ui::KpiPage</name>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="63"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="64"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="65"/>
        <source>6 months</source>
        <translation>近 6 个月</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="66"/>
        <source>The month closed on the 10th: supplier on-time and plan achievement of last month</source>
        <translation>每月 10 日结算的上月：供应商按时交付率和计划达成率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="70"/>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="72"/>
        <source>The KPI report with its charts: print or export PDF (%1)</source>
        <translation>含图表的指标报表：打印或导出 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="74"/>
        <source>Export Excel...</source>
        <translation>导出 Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="76"/>
        <source>KPIs, months, suppliers, daily achievement and pay as an Excel workbook (%1)</source>
        <translation>指标、月度、供应商、日计划达成和计件工资导出为 Excel 工作簿（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="82"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="84"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="102"/>
        <source>Worker or team</source>
        <translation>作业员/班组</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="102"/>
        <source>Good</source>
        <translation>良品数</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="102"/>
        <location filename="../../ui/KpiPage.cpp" line="186"/>
        <source>Scrap</source>
        <translation>报废数</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="102"/>
        <source>Labour hours</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="103"/>
        <source>Standard hours</source>
        <translation>标准工时</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="103"/>
        <source>Efficiency</source>
        <translation>作业效率</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="103"/>
        <source>Piece-rate pay</source>
        <translation>计件工资</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="107"/>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="108"/>
        <source>By line</source>
        <translation>按生产线</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="109"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="110"/>
        <source>Scrap reasons</source>
        <translation>报废原因</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="111"/>
        <source>Abnormal hours</source>
        <translation>异常工时</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="112"/>
        <source>Workers and pay</source>
        <translation>作业员与计件工资</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="113"/>
        <source>Line balance</source>
        <translation>生产线平衡</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="159"/>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="163"/>
        <source>The period ends before it starts.</source>
        <translation>期间结束日早于开始日。</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="172"/>
        <source>Computing the KPIs...</source>
        <translation>正在计算指标...</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="181"/>
        <source>KPIs from %1 to %2</source>
        <translation>指标 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="186"/>
        <source>Scrap by reason</source>
        <translation>报废原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="187"/>
        <source>Abnormal hours by cause</source>
        <translation>异常工时原因分析</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="187"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/KpiPage.cpp" line="192"/>
        <source>%n KPI(s) miss their target (in red).</source>
        <translation>
            <numerusform>%n 项指标未达目标（红色）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="193"/>
        <source>Every KPI with a value meets its target.</source>
        <translation>所有有数据的指标均达到目标。</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="203"/>
        <source>(nobody named)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="223"/>
        <source>There is nothing to print yet.</source>
        <translation>尚无可打印的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="236"/>
        <location filename="../../ui/KpiPage.cpp" line="248"/>
        <source>There is nothing to export yet.</source>
        <translation>尚无可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="251"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="252"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/KpiPage.cpp" line="257"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::LineBalancePanel</name>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="29"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="30"/>
        <source>Units wanted in the working time; sets the takt time</source>
        <translation>工作时间内的需求数量，决定节拍时间</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="33"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="34"/>
        <source>Working time the demand is made in (one day&apos;s shifts by default)</source>
        <translation>完成需求的工作时间（默认一天的班次）</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>Work (s)</source>
        <translation>作业时间（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>Cycle (s)</source>
        <translation>周期时间（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="37"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="46"/>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="48"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="50"/>
        <source>in</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="96"/>
        <source>No line stations are recorded. Import them with the scenario section line_stations (line, station, name, operators, seconds).</source>
        <translation>尚无产线工位数据。请用场景文件的 line_stations 部分导入（产线、工位、名称、人数、秒数）。</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="111"/>
        <source>bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="113"/>
        <source>over takt</source>
        <translation>超节拍</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="125"/>
        <source>%1 stations, %2 people, work content %3 s; bottleneck %4 at %5 s. Balance rate %6 % (loss %7 %), UPH %8, UPPH %9; %10 units in %11 h.</source>
        <translation>%1 个工位，%2 人，总作业时间 %3 秒；瓶颈工位 %4，%5 秒。平衡率 %6 %（平衡损失 %7 %），UPH %8，UPPH %9；%11 小时可产 %10 台。</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="136"/>
        <source>Takt %1 s for %2 units: at least %3 stations; %4</source>
        <translation>需求 %2 台的节拍为 %1 秒：最少 %3 个工位；%4</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="139"/>
        <source>the line meets the takt.</source>
        <translation>产线能满足节拍。</translation>
    </message>
    <message>
        <location filename="../../ui/LineBalancePanel.cpp" line="139"/>
        <source>the bottleneck is slower than the takt.</source>
        <translation>瓶颈慢于节拍。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::LineChangeDialog</name>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="41"/>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="144"/>
        <source>Change %1</source>
        <translation>变更 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="43"/>
        <source>Line %1: %2 × %3, due %4</source>
        <translation>第 %1 行：%2 × %3，交期 %4</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="48"/>
        <source>Cancel the whole order</source>
        <translation>取消整张订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="61"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="62"/>
        <source>New quantity</source>
        <translation>新数量</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="63"/>
        <source>New requested date</source>
        <translation>新要求交期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="64"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="66"/>
        <source>Apply change</source>
        <translation>执行变更</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="67"/>
        <source>Preview impact...</source>
        <translation>预览影响...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="131"/>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="146"/>
        <source>Change refused</source>
        <translation>变更被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/orders/LineChangeDialog.cpp" line="143"/>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::LoadChartView</name>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="86"/>
        <source>Available h</source>
        <translation>可用工时</translation>
    </message>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="87"/>
        <source>Load h</source>
        <translation>负荷工时</translation>
    </message>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="114"/>
        <source>%1: load and available standard hours, %2 (red: overloaded)</source>
        <translation>%1：负荷与可用标准工时，%2（红色：超负荷）</translation>
    </message>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="162"/>
        <source>Other (%1)</source>
        <translation>其他（%1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="171"/>
        <source>Available h (all shown)</source>
        <translation>可用工时（合计）</translation>
    </message>
    <message>
        <location filename="../../ui/LoadChartView.cpp" line="185"/>
        <source>Load of the most loaded work centers, standard hours, %1 (red: that work center is overloaded)</source>
        <translation>负荷最高的工作中心的负荷（标准工时），%1（红色：该工作中心超负荷）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::LoadPage</name>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="35"/>
        <source>Schedule (F6)</source>
        <translation>排程 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="35"/>
        <source>Run MRP (F5)</source>
        <translation>运行 MRP (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="38"/>
        <source>Finite schedule</source>
        <translation>有限产能排程</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="39"/>
        <source>Infinite capacity (MRP)</source>
        <translation>无限产能（MRP）</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="40"/>
        <source>Finite schedule: the load of the last schedule, never above capacity unless edited.
Infinite capacity: each order&apos;s whole routing time on its start day, as MRP plans it (rough-cut), so overloads show where capacity falls short.</source>
        <translation>有限产能排程：最近一次排程的负荷，除非手工修改，不会超过产能。
无限产能：按 MRP 的计划，把每张订单的全部工艺工时放在其开工日（粗能力计划），超负荷处即产能不足之处。</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="43"/>
        <source>Days</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="44"/>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="50"/>
        <source>Number of periods</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="103"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="105"/>
        <source>Periods</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="155"/>
        <source>All work centers</source>
        <translation>全部工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="198"/>
        <source>MRP has not run on this data yet. Run MRP (F5) to see the load its work orders and planned orders put on the work centers, before finite scheduling.</source>
        <translation>这些数据还没有运行过 MRP。运行 MRP (F5) 后，可查看工单和计划订单在有限产能排程之前对各工作中心造成的负荷。</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="200"/>
        <source>No schedule yet. Build it with Schedule (F6) to see the load of every work center per day or week, or choose &quot;Infinite capacity (MRP)&quot; to see the load of the MRP run.</source>
        <translation>还没有排程。按“排程 (F6)”生成排程后，可按天或按周查看每个工作中心的负荷；也可以选择“无限产能（MRP）”查看 MRP 运行结果的负荷。</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="203"/>
        <source>The load cannot be computed: %1</source>
        <translation>无法计算负荷：%1</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="205"/>
        <source>The factory has no work centers. Add them under Master data.</source>
        <translation>工厂还没有工作中心。请在“主数据”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="215"/>
        <source>No period is overloaded. Click a bar or cell to see it on the schedule.</source>
        <translation>没有超负荷的时段。点击柱形或单元格可在排程中查看。</translation>
    </message>
    <message>
        <location filename="../../ui/LoadPage.cpp" line="217"/>
        <source>&lt;span style=&apos;color:#a00000&apos;&gt;&lt;b&gt;%1 overloaded period(s).&lt;/b&gt;&lt;/span&gt; Click a bar or cell to see it on the schedule.</source>
        <translation>&lt;span style=&apos;color:#a00000&apos;&gt;&lt;b&gt;%1 个时段超负荷。&lt;/b&gt;&lt;/span&gt;点击柱形或单元格可在排程中查看。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="61"/>
        <source>PMC Desk</source>
        <translation>PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="67"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="118"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120"/>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="122"/>
        <source>MRP</source>
        <translation>物料需求</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="125"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="140"/>
        <source>Shortages</source>
        <translation>欠料</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="142"/>
        <source>Plans</source>
        <translation>生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="109"/>
        <source>This database is empty</source>
        <translation>数据库还是空的</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="110"/>
        <source>There are no items and no orders yet. Import a scenario (File &gt; Import scenario..., Ctrl+I) to load a whole factory, import a table (File &gt; Import table...) to load items, BOMs or orders from Excel, or open the demo factory to look around.</source>
        <translation>还没有物料和订单。可以导入场景（文件 &gt; 导入场景...，Ctrl+I）载入整个工厂，导入表格（文件 &gt; 导入表格...）从 Excel 载入物料、BOM 或订单，或者打开演示工厂先看看。</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="113"/>
        <source>Import scenario...</source>
        <translation>导入场景...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>Import table...</source>
        <translation>导入表格...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="115"/>
        <location filename="../../ui/MainWindow.cpp" line="302"/>
        <source>Open demo factory</source>
        <translation>打开演示工厂</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="128"/>
        <source>Capacity load</source>
        <translation>产能负荷</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="146"/>
        <source>Purchasing and stock</source>
        <translation>采购与库存</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="158"/>
        <source>&amp;New database...</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="160"/>
        <source>Connect to &amp;server...</source>
        <translation>连接服务器(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="163"/>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="166"/>
        <source>&amp;Import scenario...</source>
        <translation>导入场景(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Export scenario...</source>
        <translation>导出场景(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>Import &amp;table...</source>
        <translation>导入表格(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>Export ta&amp;bles...</source>
        <translation>导出表格(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <location filename="../../ui/MainWindow.cpp" line="173"/>
        <source>Export tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="171"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>Import &amp;AdventureWorks folder...</source>
        <translation>导入 &amp;AdventureWorks 文件夹...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="183"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Copy as table</source>
        <translation>复制为表格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Planning settings...</source>
        <translation>计划设置(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="205"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Progress board</source>
        <translation>生产进度看板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Reload from database</source>
        <translation>从数据库重新读取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="221"/>
        <source>Reload from database</source>
        <translation>从数据库重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>&amp;Audit trail...</source>
        <translation>修改记录(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="229"/>
        <source>Record &amp;completions...</source>
        <translation>生产报工(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="233"/>
        <source>Record &amp;abnormal hours...</source>
        <translation>登记异常工时(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="237"/>
        <source>&amp;Release plan...</source>
        <translation>下达计划(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="242"/>
        <source>&amp;About PMC Desk</source>
        <translation>关于 PMC Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>About PMC Desk</source>
        <translation>关于 PMC Desk</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;Production planning and material control for make-to-order plants.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PMC Desk %1&lt;/b&gt;&lt;p&gt;面向按单生产工厂的生产计划与物料控制。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
        <source>Database: %1 | %2 (%3)</source>
        <translation>数据库：%1 | %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="279"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>Planning date: %1</source>
        <translation>计划日期：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="284"/>
        <source>not yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="286"/>
        <source>Last MRP run: %1 | Last schedule: %2</source>
        <translation>上次 MRP：%1 | 上次排程：%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="288"/>
        <source>PMC Desk - %1</source>
        <translation>PMC Desk - %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="309"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="355"/>
        <source>%1 was refused; nothing was changed.
%2 problem(s), the first: %3</source>
        <translation>%1 被拒绝，未做任何更改。
共 %2 个问题，第一个：%3</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="362"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="368"/>
        <source>New factory database</source>
        <translation>新建工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="368"/>
        <source>Factory database (*.db)</source>
        <translation>工厂数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="370"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="378"/>
        <source>Open factory database</source>
        <translation>打开工厂数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="378"/>
        <source>Factory database (*.db);;All files (*)</source>
        <translation>工厂数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="380"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="385"/>
        <location filename="../../ui/MainWindow.cpp" line="388"/>
        <source>Import scenario</source>
        <translation>导入场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="385"/>
        <location filename="../../ui/MainWindow.cpp" line="420"/>
        <source>Scenario (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="393"/>
        <source>AdventureWorks CSV folder</source>
        <translation>AdventureWorks CSV 文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="395"/>
        <source>Import AdventureWorks</source>
        <translation>导入 AdventureWorks</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="401"/>
        <source>Importing replaces all planning data in %1. Continue?</source>
        <translation>导入将替换 %1 中的全部计划数据。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="414"/>
        <source>Imported %1 (%2 warning(s))</source>
        <translation>已导入 %1（%2 条警告）</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="420"/>
        <location filename="../../ui/MainWindow.cpp" line="422"/>
        <source>Export scenario</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="175"/>
        <location filename="../../ui/MainWindow.cpp" line="424"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MasterDataPage</name>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="41"/>
        <source>Items</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="42"/>
        <source>Work centers</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="43"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="44"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="45"/>
        <source>BOM</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="46"/>
        <source>Routings</source>
        <translation>工艺路线</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MasterDataPage.cpp" line="47"/>
        <source>Calendar</source>
        <translation>工厂日历</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MasterDataTablePage</name>
    <message>
        <location filename="../../ui/masterdata/MasterDataTablePage.cpp" line="37"/>
        <source>Edit cell</source>
        <translation>编辑单元格</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MaterialsPage</name>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="45"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="61"/>
        <source>Promised date...</source>
        <translation>回复交期...</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="62"/>
        <source>Record the date the supplier now promises for the selected order</source>
        <translation>登记供应商对所选采购单现在承诺的交期</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="63"/>
        <source>Receive...</source>
        <translation>到货...</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="64"/>
        <source>Record a delivery of the selected order; it waits for incoming inspection</source>
        <translation>登记所选采购单的到货，到货批进入待检</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="65"/>
        <source>Inspect...</source>
        <translation>检验...</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="66"/>
        <source>Record the incoming inspection of the selected receipt</source>
        <translation>登记所选到货批的来料检验结果</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="77"/>
        <source>Remind when due within</source>
        <translation>交期在</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="79"/>
        <source>without a confirmed date</source>
        <translation>内且未确认交期时提醒</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="92"/>
        <source>Lots on inspection are highlighted.</source>
        <translation>待检批以底色标出。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="101"/>
        <source>No movement for at least</source>
        <translation>无异动至少</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="108"/>
        <source>Purchase follow-up</source>
        <translation>采购跟催</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="109"/>
        <source>Receipts and inspection</source>
        <translation>到货与来料检验</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="110"/>
        <source>Slow-moving stock</source>
        <translation>呆滞料</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="127"/>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="139"/>
        <source>Reading purchase orders, receipts and stock...</source>
        <translation>正在读取采购单、到货和库存...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MaterialsPage.cpp" line="156"/>
        <source>%n item(s) idle, worth %1 of %2 in stock%3; %4 without movement on record</source>
        <translation>
            <numerusform>%n 种物料呆滞，金额 %1 / 库存总额 %2%3；另有 %4 种无异动记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="159"/>
        <source> (dead-stock ratio %1 %)</source>
        <translation>（呆滞料比率 %1 %）</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="174"/>
        <source>%1 open purchase orders: %2 late, %3 to confirm with the supplier; %4 lots on inspection</source>
        <translation>未结采购单 %1 张：延误 %2 张，待供应商确认交期 %3 张；待检到货批 %4 批</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="191"/>
        <source>Select a purchase order to see the dates its supplier gave.</source>
        <translation>选择一张采购单，查看供应商回复过的交期。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="197"/>
        <source>%1 (recorded %2%3)</source>
        <translation>%1（登记于 %2%3）</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="200"/>
        <source>%1: the supplier has not promised a date yet.</source>
        <translation>%1：供应商尚未回复交期。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="201"/>
        <source>%1, dates given: %2</source>
        <translation>%1，回复过的交期：%2</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="209"/>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="218"/>
        <source>Select the purchase order first.</source>
        <translation>请先选择采购单。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="230"/>
        <source>Promised date recorded for %1.</source>
        <translation>已登记 %1 的回复交期。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="241"/>
        <source>Receipt recorded on %1; the lot waits for inspection.</source>
        <translation>已登记 %1 的到货，到货批待检。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="250"/>
        <source>Select the receipt first.</source>
        <translation>请先选择到货批。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="255"/>
        <source>Receipt %1 has been inspected already.</source>
        <translation>到货批 %1 已检验。</translation>
    </message>
    <message>
        <location filename="../../ui/MaterialsPage.cpp" line="259"/>
        <source>Inspection of receipt %1 recorded.</source>
        <translation>已登记到货批 %1 的检验结果。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::MrpPage</name>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="29"/>
        <source>Run MRP (F5)</source>
        <translation>运行 MRP (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="45"/>
        <source>Planned orders</source>
        <translation>计划订单</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="46"/>
        <source>Material requirements</source>
        <translation>物料需求计划表</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="47"/>
        <source>Exception messages</source>
        <translation>例外信息</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="75"/>
        <source>MRP</source>
        <translation>物料需求</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="75"/>
        <source>MRP failed: %1</source>
        <translation>MRP 运行失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="90"/>
        <source>Planning material requirements...</source>
        <translation>正在计算物料需求...</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="90"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="110"/>
        <source>MRP has not run on this data yet. Press Run MRP to plan what to make and buy.</source>
        <translation>尚未对当前数据运行 MRP。请点击“运行 MRP”计算需要自制和采购的物料。</translation>
    </message>
    <message>
        <location filename="../../ui/MrpPage.cpp" line="117"/>
        <source>Last run %1: %2 planned orders (%3 make, %4 buy), %5 exception messages</source>
        <translation>上次运行 %1：%2 个计划订单（自制 %3，外购 %4），%5 条例外信息</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/MrpPage.cpp" line="124"/>
        <source> (net change: %n item(s) re-planned)</source>
        <translation>
            <numerusform>（净变更：重新计划了 %n 个物料）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::MultiEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="37"/>
        <source>Edit %n item(s)</source>
        <translation>
            <numerusform>修改 %n 个物料</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="38"/>
        <source>Tick the fields to set on the %n selected item(s); the other fields keep each item&apos;s own value.</source>
        <translation>
            <numerusform>勾选要统一设置到所选 %n 个物料上的字段；未勾选的字段保留各物料原值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="43"/>
        <source>Buyer</source>
        <translation>采购/计划员</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="48"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="53"/>
        <source>Lead time (days)</source>
        <translation>提前期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="56"/>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="69"/>
        <source>Lot size</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="71"/>
        <source>MOQ</source>
        <translation>最小起订量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="73"/>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="75"/>
        <source>Lot policy</source>
        <translation>批量策略</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="81"/>
        <source>Min stock</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="83"/>
        <source>Max stock</source>
        <translation>最高库存</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/MultiEditDialog.cpp" line="87"/>
        <source>Defect rate</source>
        <translation>不良率</translation>
    </message>
</context>
<context>
    <name>pmc::ui::NewSalesOrderDialog</name>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="33"/>
        <source>Custom (non-standard) order</source>
        <translation>定制（非常规）订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="36"/>
        <source>New sales order</source>
        <translation>新建销售订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="38"/>
        <source>From the numbering pattern; type another number to override it</source>
        <translation>按编号规则生成；可直接改成其他编号</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="39"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="42"/>
        <source>1 is the most urgent</source>
        <translation>1 为最紧急</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="43"/>
        <source>Custom orders may need more departments in the review (e.g. engineering)</source>
        <translation>定制订单可能需要更多部门评审（如技术部）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="49"/>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="50"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="51"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="53"/>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="54"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="56"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="56"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="56"/>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="59"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="60"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="69"/>
        <source>Save as draft</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <location filename="../../ui/orders/NewSalesOrderDialog.cpp" line="138"/>
        <source>Sales order not saved</source>
        <translation>销售订单未保存</translation>
    </message>
</context>
<context>
    <name>pmc::ui::OrderDetailPanel</name>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="45"/>
        <source>Double-click a department to record its verdict</source>
        <translation>双击部门行录入其评审意见</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="52"/>
        <source>Review (订单评审)</source>
        <translation>订单评审</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="53"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="78"/>
        <source>Choose an order above.</source>
        <translation>请在上方选择订单。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="83"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="84"/>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="85"/>
        <source>Custom order</source>
        <translation>定制订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="85"/>
        <source>Standard order</source>
        <translation>常规订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="87"/>
        <source>Ordered: %1</source>
        <translation>下单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="91"/>
        <source>Open: %1</source>
        <translation>未交：%1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="95"/>
        <source>Every required department has answered: the order can be confirmed.</source>
        <translation>所有必须评审的部门均已回复：订单可以确认。</translation>
    </message>
    <message>
        <location filename="../../ui/orders/OrderDetailPanel.cpp" line="102"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::OrderProgressDialog</name>
    <message numerus="yes">
        <location filename="../../ui/OrderProgressDialog.cpp" line="32"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>延期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="33"/>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="34"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="54"/>
        <source>Fixes</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="58"/>
        <source>Order progress %1</source>
        <translation>项目进程 %1</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="77"/>
        <source>Line:</source>
        <translation>订单行：</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="78"/>
        <source>Promised / projected:</source>
        <translation>承诺交期 / 预计完工：</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="79"/>
        <source>Why it is late</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="81"/>
        <source>Materials still short</source>
        <translation>欠料</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="116"/>
        <source>%1   %2   %3   priority %4</source>
        <translation>%1   %2   %3   优先级 %4</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="117"/>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="120"/>
        <source>This order is %1: nothing is planned for it.</source>
        <translation>该订单状态为%1：没有为它安排生产。</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="127"/>
        <source>%1  %2 × %3</source>
        <translation>%1  %2 × %3</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="141"/>
        <source>%1 — shipped in full</source>
        <translation>%1 — 已全部出货</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="143"/>
        <source>%1 / from stock, ready now</source>
        <translation>%1 / 库存满足，现可出货</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/OrderProgressDialog.cpp" line="145"/>
        <source>%1 / %2 — %n day(s) late</source>
        <translation>
            <numerusform>%1 / %2 — 延期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="148"/>
        <source>%1 / %2 — on time</source>
        <translation>%1 / %2 — 准时</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="162"/>
        <source>No cause found in the schedule.</source>
        <translation>排程中未找到原因。</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="163"/>
        <source>Not late.</source>
        <translation>未延期。</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="181"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="182"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="223"/>
        <source>Replanning with: %1 …</source>
        <translation>正在按此措施重新计划：%1 …</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="229"/>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="237"/>
        <source>This line: %1</source>
        <translation>本行：%1</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="239"/>
        <source>Later:</source>
        <translation>推迟的订单：</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="244"/>
        <source>Earlier:</source>
        <translation>提前的订单：</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="249"/>
        <source>No other order changes its completion day.</source>
        <translation>其他订单的完工日期不变。</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="257"/>
        <source>This fix cannot be applied here.</source>
        <translation>此措施不能在这里应用。</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="259"/>
        <source>%1 for %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../ui/OrderProgressDialog.cpp" line="262"/>
        <source>Applied; replanning …</source>
        <translation>已应用，正在重新计划 …</translation>
    </message>
</context>
<context>
    <name>pmc::ui::OrderReviewFormPreview</name>
    <message>
        <location filename="../../ui/orders/OrderReviewFormPreview.cpp" line="24"/>
        <source>Order review form %1</source>
        <translation>订单评审表 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::PlanReleaseDialog</name>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="24"/>
        <source>Release plan</source>
        <translation>下达计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="32"/>
        <source>Plan date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="33"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="34"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="35"/>
        <source>e.g. rush order SO-… inserted</source>
        <translation>例如：插单 SO-…</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="36"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="38"/>
        <source>Releasing freezes every step that starts before the end of the plan&apos;s day (the scheduler will not move it) and stores the plan as the next version, with your name and the time.</source>
        <translation>下达后，计划日结束前开工的工序全部冻结（排程不再移动），计划存为下一版本，并记录下达人和时间。</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="43"/>
        <source>Preview...</source>
        <translation>预览...</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="44"/>
        <source>Release</source>
        <translation>下达</translation>
    </message>
    <message>
        <location filename="../../ui/PlanReleaseDialog.cpp" line="84"/>
        <source>Released %1 version %2: %3 lines, %4 steps frozen.</source>
        <translation>已下达 %1 第 %2 版：%3 行，冻结 %4 道工序。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::PlanReleaseReminder</name>
    <message>
        <location filename="../../ui/PlanReleaseReminder.cpp" line="29"/>
        <source>Plan &gt; Release plan... (Ctrl+Alt+R) releases it; the cut-off is set in Edit &gt; Planning settings.</source>
        <translation>用“计划 &gt; 下达计划...”(Ctrl+Alt+R) 下达；截止时间在“编辑 &gt; 计划设置”中设定。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::PlannedOrderActions</name>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="35"/>
        <source>Firm</source>
        <translation>确认计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="37"/>
        <source>Release as work orders / requisitions</source>
        <translation>下达为工单 / 请购单</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="39"/>
        <source>Release all</source>
        <translation>全部下达</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="80"/>
        <source>Release planned orders</source>
        <translation>下达计划订单</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="80"/>
        <source>Firm planned orders</source>
        <translation>确认计划订单</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="91"/>
        <source>There is nothing to release.</source>
        <translation>没有可下达的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="92"/>
        <source>The selected orders are already firm.</source>
        <translation>所选订单均已确认。</translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="96"/>
        <source>Create %1 and %2?</source>
        <translation>创建%1和%2？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/PlannedOrderActions.cpp" line="96"/>
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/PlannedOrderActions.cpp" line="97"/>
        <source>%n purchase requisition(s)</source>
        <translation>
            <numerusform>%n 张请购单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/PlannedOrderActions.cpp" line="98"/>
        <source>Firm %n planned order(s)? MRP then keeps their quantity and dates until they are released.</source>
        <translation>
            <numerusform>确认 %n 个计划订单？确认后 MRP 将保持其数量和日期不变，直到下达。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="106"/>
        <source>Edit &gt; Undo takes it back.</source>
        <translation>可用“编辑 &gt; 撤销”撤回。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/PlannedOrderActions.cpp" line="118"/>
        <source>... and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/PlannedOrderActions.cpp" line="119"/>
        <source>Nothing was changed:
%1</source>
        <translation>未做任何更改：
%1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::PlanningSettingsDialog</name>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="47"/>
        <source>Planning settings</source>
        <translation>计划设置</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="50"/>
        <source>Planning</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="55"/>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="56"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="57"/>
        <source>Today (planning date)</source>
        <translation>今天（计划日期）</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="58"/>
        <source>Planning horizon</source>
        <translation>计划期</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="59"/>
        <source>Material buffer</source>
        <translation>物料缓冲天数</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="62"/>
        <source>The next working day&apos;s plan is due for release by this time; after it the status bar shows it in red until it is released (Plan &gt; Release plan).</source>
        <translation>次一工作日的计划须在此时间前下达；过时未下达，状态栏以红色提示，直到下达为止（计划 &gt; 下达计划）。</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="64"/>
        <source>Plan release cut-off</source>
        <translation>计划下达截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="70"/>
        <source>%1 portrait</source>
        <translation>%1 纵向</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="70"/>
        <source>%1 landscape</source>
        <translation>%1 横向</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="74"/>
        <source>The paper of the printed plans, lists and notices (laid out for A4 landscape and scaled to the paper&apos;s width); the order review form stays portrait.</source>
        <translation>打印的计划、清单和通知单所用纸张（按 A4 横向排版，按纸张宽度缩放）；订单评审表始终纵向。</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="76"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="79"/>
        <source>Sales orders</source>
        <translation>客户订单</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="83"/>
        <source>Number pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="84"/>
        <source>Date fields {yyyy} {yy} {MM} {dd}, one counter such as {####}; the counter starts again at 1 when the text around it changes.</source>
        <translation>日期字段 {yyyy} {yy} {MM} {dd}，另加一个流水号如 {####}；流水号前后的文字变化时，流水号从 1 重新开始。</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="91"/>
        <source>Order review</source>
        <translation>订单评审</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="93"/>
        <source>Departments the review waits for before an order can be confirmed:</source>
        <translation>订单确认前须等待以下部门评审：</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="105"/>
        <source>KPI targets</source>
        <translation>指标目标</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="154"/>
        <source>Plan achievement at least</source>
        <translation>计划达成率不低于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="156"/>
        <source>Delivery achievement at least</source>
        <translation>交货达成率不低于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="158"/>
        <source>Supplier on-time at least</source>
        <translation>供应商按时交付率不低于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="160"/>
        <source>Work order close rate at least</source>
        <translation>工单结案率不低于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="162"/>
        <source>Material idle hours at most</source>
        <translation>缺料工时率不高于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="163"/>
        <source>Labour efficiency at least</source>
        <translation>作业效率不低于</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="180"/>
        <source>Next number: %1</source>
        <translation>下一个编号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/PlanningSettingsDialog.cpp" line="190"/>
        <source>Planning settings not changed</source>
        <translation>计划设置未修改</translation>
    </message>
</context>
<context>
    <name>pmc::ui::PlansPage</name>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="42"/>
        <source>Daily plan</source>
        <translation>日生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="43"/>
        <source>Weekly plan</source>
        <translation>周生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="44"/>
        <source>Monthly plan</source>
        <translation>月生产计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="45"/>
        <source>Kitting list</source>
        <translation>套料单</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="46"/>
        <source>Changes since release</source>
        <translation>下达后的变更</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="52"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="54"/>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="56"/>
        <source>Print preview, print or export PDF (%1)</source>
        <translation>打印预览、打印或导出 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="57"/>
        <source>Export Excel...</source>
        <translation>导出 Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="59"/>
        <source>The sheet as an Excel workbook in the printed layout (%1)</source>
        <translation>按打印格式导出为 Excel 工作簿（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="60"/>
        <source>Release plan...</source>
        <translation>下达计划...</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="61"/>
        <source>Release a day&apos;s plan to the shop floor (Plan &gt; Release plan, Ctrl+Alt+R)</source>
        <translation>将某天的计划下达到车间（计划 &gt; 下达计划，Ctrl+Alt+R）</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="149"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="153"/>
        <location filename="../../ui/PlansPage.cpp" line="155"/>
        <source>All work centers</source>
        <translation>全部工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="158"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="159"/>
        <location filename="../../ui/PlansPage.cpp" line="161"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="173"/>
        <source>Latest release</source>
        <translation>最近一次下达</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="173"/>
        <source>Current plan</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="181"/>
        <source>V%1 released %2 by %3</source>
        <translation>第 %1 版，%2 由 %3 下达</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="199"/>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="219"/>
        <source>Building the sheet...</source>
        <translation>正在生成报表...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/PlansPage.cpp" line="240"/>
        <source>%n row(s). Ctrl+P prints or exports PDF, Ctrl+Shift+X exports Excel.</source>
        <translation>
            <numerusform>共 %n 行。Ctrl+P 打印或导出 PDF，Ctrl+Shift+X 导出 Excel。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="247"/>
        <source>There is no sheet to print.</source>
        <translation>没有可打印的报表。</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="258"/>
        <location filename="../../ui/PlansPage.cpp" line="270"/>
        <source>There is no sheet to export.</source>
        <translation>没有可导出的报表。</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="273"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="274"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/PlansPage.cpp" line="279"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ProgressBoardView</name>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="74"/>
        <location filename="../../ui/ProgressBoardView.cpp" line="198"/>
        <source>Production progress board</source>
        <translation>生产进度看板</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="108"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="125"/>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="175"/>
        <source>Updating...</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="183"/>
        <source>Not updated: %1</source>
        <translation>未更新：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="187"/>
        <source>Updated %1</source>
        <translation>%1 已更新</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="199"/>
        <source>Production progress board: %1</source>
        <translation>生产进度看板：%1</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="202"/>
        <source>Plan %1   Actual %2   Achievement %3</source>
        <translation>计划 %1   实际 %2   达成率 %3</translation>
    </message>
    <message>
        <location filename="../../ui/ProgressBoardView.cpp" line="206"/>
        <source>%1 late</source>
        <translation>延期 %1 项</translation>
    </message>
</context>
<context>
    <name>pmc::ui::RefusalBanner</name>
    <message>
        <location filename="../../ui/masterdata/RefusalBanner.cpp" line="31"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/RefusalBanner.cpp" line="48"/>
        <source>... and %n more (see the tooltip)</source>
        <translation>
            <numerusform>……另有 %n 条（见提示）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::RequirementDrillDialog</name>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="23"/>
        <source>All levels</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="26"/>
        <source>What makes this number</source>
        <translation>数字来源</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="44"/>
        <source>Sources and pegging</source>
        <translation>来源与需求追溯</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="45"/>
        <source>Where used</source>
        <translation>使用于</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="69"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="70"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="76"/>
        <source>Planned order %1 of %2: pegging</source>
        <translation>%2 的计划订单 %1：需求追溯</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementDrillDialog.cpp" line="81"/>
        <source>%1: nothing in this period</source>
        <translation>%1：该时段内没有记录</translation>
    </message>
</context>
<context>
    <name>pmc::ui::RequirementGridPage</name>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="36"/>
        <source>Only with planned orders or shortages</source>
        <translation>仅显示有计划订单或缺料的物料</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="41"/>
        <source>Item code or name</source>
        <translation>物料编码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="43"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="44"/>
        <source>Days</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="45"/>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="46"/>
        <source>Bucket size (Ctrl+W switches)</source>
        <translation>时段长度（Ctrl+W 切换）</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="60"/>
        <source>Days / weeks</source>
        <translation>按天 / 按周</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="65"/>
        <source>Run MRP</source>
        <translation>运行 MRP</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="80"/>
        <source>Buyer:</source>
        <translation>采购/计划员：</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="82"/>
        <source>Supplier:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="118"/>
        <source>All buyers</source>
        <translation>全部采购/计划员</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="119"/>
        <source>All suppliers</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="141"/>
        <source>The material requirements table needs an MRP run made since the program started (stored runs keep only planned orders and exceptions). Run MRP to build it.</source>
        <translation>物料需求计划表需要本次启动后运行过的 MRP（已保存的运算结果只包含计划订单和例外信息）。请运行 MRP 生成该表。</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="143"/>
        <source>MRP has not run on this data yet. Run MRP to build the material requirements table.</source>
        <translation>尚未对当前数据运行 MRP。请运行 MRP 生成物料需求计划表。</translation>
    </message>
    <message>
        <location filename="../../ui/RequirementGridPage.cpp" line="144"/>
        <source>%1 of %2 items</source>
        <translation>%2 个物料中的 %1 个</translation>
    </message>
</context>
<context>
    <name>pmc::ui::RoutingPage</name>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="61"/>
        <source>Filter make items</source>
        <translation>筛选自制件</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="79"/>
        <source>No routing yet</source>
        <translation>尚无工艺路线</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="117"/>
        <source>Lot size</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="123"/>
        <source>Add operation</source>
        <translation>添加工序</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="124"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="125"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="126"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/RoutingPage.cpp" line="140"/>
        <source>Routing of %1</source>
        <translation>%1 的工艺路线</translation>
    </message>
</context>
<context>
    <name>pmc::ui::RushOrderDialog</name>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="36"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="36"/>
        <source>Simulate (F5)</source>
        <translation>模拟 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="37"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="37"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="39"/>
        <location filename="../../ui/RushOrderDialog.cpp" line="109"/>
        <source>Rush order</source>
        <translation>插单</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="48"/>
        <source>Orders the rush order displaces</source>
        <translation>受插单影响的订单</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="50"/>
        <source>Red: on time before, late now. Tick orders to sacrifice (they get the lowest priority) and simulate again.</source>
        <translation>红色：原本准时、插单后延迟。勾选要让路的订单（取最低优先级）后再次模拟。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="64"/>
        <source>Add the order as confirmed, promised on its projected completion, with the sacrifices, as one step (Undo takes it back), and replan</source>
        <translation>将订单以已确认状态加入（承诺交期 = 预计完工日），连同让路订单作为一步操作（可撤销），并重新排程</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="66"/>
        <source>Forget the simulation and close; nothing changes</source>
        <translation>放弃模拟并关闭，不做任何更改</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="89"/>
        <source>Simulated. Commit to add the order, or change it and simulate again.</source>
        <translation>模拟完成。提交以加入订单，或修改后再次模拟。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="93"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="97"/>
        <source>The simulation failed: %1</source>
        <translation>模拟失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="110"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="121"/>
        <source>1 is the most urgent</source>
        <translation>1 为最紧急</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="123"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="124"/>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="125"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="126"/>
        <source>The simulation plans by priority (rule “priority, then due date”, for the live plan too), so that a priority-1 order goes ahead of the others: it starts after the steps pinned or frozen on the Gantt chart, which keep their place; no step is split. Freeze the released period first to keep work in progress where it is.</source>
        <translation>模拟按优先级排程（规则“先优先级、后交期”，现行计划同样如此），使优先级为 1 的订单排在其他订单之前：它排在甘特图上已锁定或冻结的工序之后，这些工序位置不变；任何工序都不会被拆分。若要保持在制工作不动，请先冻结已下达的期间。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="133"/>
        <source>Requested date</source>
        <translation>要求交期</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="134"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="161"/>
        <source>Not simulated:
%1</source>
        <translation>未模拟：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="163"/>
        <source>Simulating the rush order...</source>
        <translation>正在模拟急单...</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="171"/>
        <source>Not committed:
%1</source>
        <translation>未提交：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="172"/>
        <source>%1 is confirmed (Undo takes it back); the plan is being recalculated.</source>
        <translation>%1 已确认（可撤销）；正在重新计算计划。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="192"/>
        <source>Enter the order and simulate it to see its completion and the orders it displaces.</source>
        <translation>输入订单并模拟，查看其完工日期及受影响的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="201"/>
        <source>%1  %2 × %3: projected completion %4</source>
        <translation>%1  %2 × %3：预计完工 %4</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="205"/>
        <source>, on time</source>
        <translation>，准时</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/RushOrderDialog.cpp" line="206"/>
        <source>, %n day(s) late: capacity</source>
        <translation>
            <numerusform>，延迟 %n 天：产能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/RushOrderDialog.cpp" line="207"/>
        <source>, %n day(s) late: material</source>
        <translation>
            <numerusform>，延迟 %n 天：物料</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="210"/>
        <source> (%1 in house %2 at the earliest)</source>
        <translation>（%1 最早 %2 到厂）</translation>
    </message>
    <message>
        <location filename="../../ui/RushOrderDialog.cpp" line="223"/>
        <source>Newly late: %1 order(s); days late: %2; makespan %3 days; changeovers %4 h</source>
        <translation>新增延迟：%1 个订单；延迟天数：%2；总工期 %3 天；换线 %4 小时</translation>
    </message>
</context>
<context>
    <name>pmc::ui::SalesOrderPage</name>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="55"/>
        <source>New order...</source>
        <translation>新建订单...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="55"/>
        <source>Enter a customer order as a draft</source>
        <translation>录入客户订单（草稿）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="57"/>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="253"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="57"/>
        <source>Delete a draft entered by mistake</source>
        <translation>删除误录的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="59"/>
        <source>Send to review</source>
        <translation>提交评审</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="59"/>
        <source>Start the order review (订单评审); a confirmed order is reviewed again</source>
        <translation>发起订单评审；已确认订单将重新评审</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="61"/>
        <source>Record verdict...</source>
        <translation>录入评审意见...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="61"/>
        <source>A department&apos;s verdict, the date it can meet and its comment</source>
        <translation>部门的评审意见、可达成日期与说明</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="63"/>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="63"/>
        <source>Return a rejected order to sales for revision</source>
        <translation>将被否决的订单退回业务修改</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="64"/>
        <source>Confirm...</source>
        <translation>确认交期...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="64"/>
        <source>Promise a date (with capable-to-promise) once every required department accepted</source>
        <translation>所有必须部门接受后，确认交期（可用可承诺计算）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="67"/>
        <source>Start production</source>
        <translation>投产</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="67"/>
        <source>Mark the confirmed order as in production</source>
        <translation>将已确认订单标为生产中</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="68"/>
        <source>Ship...</source>
        <translation>出货...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="68"/>
        <source>Record a (partial) shipment</source>
        <translation>登记（部分）出货</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="69"/>
        <source>Change / cancel...</source>
        <translation>变更/取消...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="69"/>
        <source>Change a line&apos;s quantity or date, or cancel, with the plan and material adjustment notices</source>
        <translation>变更数量或交期、取消订单，并生成生产计划调整单和物料交货期调整通知单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="72"/>
        <source>Rush order...</source>
        <translation>插单...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="72"/>
        <source>Insert a rush order (插单) in a what-if copy and see whom it delays</source>
        <translation>在模拟副本中插单，查看会延误哪些订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="74"/>
        <source>Review form...</source>
        <translation>评审表...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="74"/>
        <source>Print the order review form (订单评审表) or export it as PDF</source>
        <translation>打印订单评审表或导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="76"/>
        <source>Progress...</source>
        <translation>订单进度...</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="76"/>
        <source>Where the order stands: steps, materials, delays and fixes (项目进程)</source>
        <translation>订单进程：工序、物料、延误原因与对策</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="168"/>
        <source>Not sent to review</source>
        <translation>未提交评审</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="172"/>
        <source>Review again</source>
        <translation>重新评审</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="173"/>
        <source>%1 is confirmed. Reviewing it again clears the verdicts and takes it out of the plan until it is confirmed again. Continue?</source>
        <translation>%1 已确认。重新评审将清除各部门意见，并在再次确认前将其移出计划。继续吗？</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="177"/>
        <source>Send %1 to review</source>
        <translation>提交评审 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="197"/>
        <source>Verdict not recorded</source>
        <translation>评审意见未保存</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="203"/>
        <source>Not returned to draft</source>
        <translation>未退回草稿</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="206"/>
        <source>Return %1 to draft</source>
        <translation>退回草稿 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="222"/>
        <source>Not started</source>
        <translation>未投产</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="225"/>
        <source>Start production of %1</source>
        <translation>投产 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="253"/>
        <source>Delete the draft %1?</source>
        <translation>删除草稿 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/orders/SalesOrderPage.cpp" line="256"/>
        <source>Draft not deleted</source>
        <translation>草稿未删除</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ScheduleOptionControls</name>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="51"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="52"/>
        <source>Time the optimizer may spend improving the schedule after it is built</source>
        <translation>排程生成后优化器可用于改进排程的时间</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="54"/>
        <source>Earliest due date</source>
        <translation>最早交期优先</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="55"/>
        <source>Priority, then due date</source>
        <translation>先按优先级，再按交期</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="56"/>
        <source>Critical ratio</source>
        <translation>临界比</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="57"/>
        <source>Least slack</source>
        <translation>最小松弛时间</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="58"/>
        <source>First in, first out</source>
        <translation>先进先出</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="59"/>
        <source>Same model first (fewer changeovers)</source>
        <translation>同机型连续（少换型）</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="60"/>
        <source>Which ready order the schedule places next</source>
        <translation>排程下一步先排哪张订单</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="61"/>
        <source>Forward (as soon as possible)</source>
        <translation>正排（尽早开工）</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="62"/>
        <source>Backward (just in time)</source>
        <translation>倒排（准时完工）</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="63"/>
        <source>Backward places each order as late as its due date allows and repairs what does not fit forward; it takes the due-date or priority rule</source>
        <translation>倒排按交期把每张订单尽量排晚，排不下的再向后顺排修正；只能配合交期或优先级规则</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="66"/>
        <source>Lateness, then makespan</source>
        <translation>先减少延误，再缩短总工期</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="67"/>
        <source>Lateness, then changeovers</source>
        <translation>先减少延误，再减少换型</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="70"/>
        <source>Makespan first</source>
        <translation>总工期优先</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="73"/>
        <source>Changeovers first</source>
        <translation>换型优先</translation>
    </message>
    <message>
        <location filename="../../ui/ScheduleOptionControls.cpp" line="76"/>
        <source>What the optimizer improves, most important first</source>
        <translation>优化的目标，按重要程度排列</translation>
    </message>
</context>
<context>
    <name>pmc::ui::SchedulePage</name>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="34"/>
        <source>Schedule (F6)</source>
        <translation>排程 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="42"/>
        <source>What-if...</source>
        <translation>模拟方案...</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="44"/>
        <source>Try changes to capacity and the calendar on a copy of the plan and compare (Ctrl+Shift+W)</source>
        <translation>在计划副本上试验产能和日历的调整并对比 (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="48"/>
        <source>Show all work centers</source>
        <translation>显示全部工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="49"/>
        <source>Esc in the chart does the same</source>
        <translation>在甘特图中按 Esc 也可以</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="77"/>
        <source>Optimize for</source>
        <translation>优化时间</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="81"/>
        <source>Freeze...</source>
        <translation>冻结...</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="82"/>
        <source>Pin every step that starts before a date where it is (the released plan, 冻结期)</source>
        <translation>将某日期之前开工的工序全部锁定在原位（已下达计划的冻结期）</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="104"/>
        <source>Schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="104"/>
        <source>Scheduling failed: %1</source>
        <translation>排程失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="114"/>
        <source>Building the schedule...</source>
        <translation>正在生成排程...</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="114"/>
        <source>Stop and keep the best</source>
        <translation>停止并保留最佳结果</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="131"/>
        <source>Freeze the released plan</source>
        <translation>冻结已下达的计划</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="143"/>
        <source>Every step that starts before this day is pinned where it is; planned orders among them are firmed. Later runs plan around them. Ctrl+Z takes it back.</source>
        <translation>此日期之前开工的工序都将锁定在原位，其中的计划订单会被确认。之后的排程将绕开它们。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="147"/>
        <source>Frozen until (not including)</source>
        <translation>冻结至（不含当日）</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="153"/>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="183"/>
        <source>Showing only work center %1</source>
        <translation>仅显示工作中心 %1</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="189"/>
        <source>No schedule yet. Press Schedule to place the work orders and planned orders on the work centers.</source>
        <translation>尚未排程。请按“排程”将工单和计划订单排到各工作中心。</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="196"/>
        <source>%1 operations; %2 of %3 orders late; %4 of %5 sales order lines late; last operation ends %6</source>
        <translation>%1 道工序；%3 个订单中 %2 个延误；%5 个销售订单行中 %4 个延误；最后一道工序于 %6 完成</translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="204"/>
        <source>; changeovers %1 h</source>
        <translation>；换型 %1 小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/SchedulePage.cpp" line="207"/>
        <source>; %n pinned step(s) in conflict</source>
        <translation>
            <numerusform>；%n 个锁定工序有冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/SchedulePage.cpp" line="210"/>
        <source>%1 step %2: %3</source>
        <translation>%1 工序 %2：%3</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ServerConnectionDialog</name>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="31"/>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="41"/>
        <source>empty: from ~/.pgpass</source>
        <translation>留空：使用 ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="43"/>
        <source>The plant&apos;s shared PostgreSQL database. Log in as yourself: every change is recorded under your name. To move a factory file there, use pmc-cli --db FILE copy-to postgresql://...</source>
        <translation>全厂共用的 PostgreSQL 数据库。请用自己的账号登录：每次修改都记在您的名下。要把工厂数据库文件搬到服务器，请用 pmc-cli --db 文件 copy-to postgresql://...</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="48"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="54"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="55"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="58"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/ServerConnectionDialog.cpp" line="76"/>
        <source>Please fill in the host, the database and your user name.</source>
        <translation>请填写主机、数据库和您的用户名。</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ShipmentDialog</name>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="23"/>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="70"/>
        <source>Ship %1</source>
        <translation>出货 %1</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="26"/>
        <source>Line %1: %2, %3 open</source>
        <translation>第 %1 行：%2，未交 %3</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="37"/>
        <source>Delivery note no. (optional)</source>
        <translation>送货单号（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="42"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="43"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="45"/>
        <source>Delivery note</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location filename="../../ui/orders/ShipmentDialog.cpp" line="72"/>
        <source>Shipment not recorded</source>
        <translation>出货未登记</translation>
    </message>
</context>
<context>
    <name>pmc::ui::ShortagePage</name>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="23"/>
        <source>Run MRP</source>
        <translation>运行 MRP</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="27"/>
        <source>Print preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="29"/>
        <source>The shortage list to chase purchasing with: print or export PDF (%1)</source>
        <translation>欠料表，用于跟催采购：打印或导出 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="47"/>
        <source>Run MRP first: the shortage list comes from the MRP run.</source>
        <translation>请先运行 MRP：欠料表来自 MRP 运算结果。</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="58"/>
        <source>Run MRP to list the materials that stock and open purchase orders do not cover.</source>
        <translation>请运行 MRP，列出库存和在途采购单无法满足的物料。</translation>
    </message>
    <message>
        <location filename="../../ui/ShortagePage.cpp" line="63"/>
        <source>%1 materials short, %2 of them blocking orders (MRP run %3)</source>
        <translation>%1 种物料欠料，其中 %2 种影响订单（MRP 运行于 %3）</translation>
    </message>
</context>
<context>
    <name>pmc::ui::StockPage</name>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="29"/>
        <source>Add stock row...</source>
        <translation>新增库存行...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="30"/>
        <source>Delete stock rows</source>
        <translation>删除库存行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="47"/>
        <source>Add stock row</source>
        <translation>新增库存行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="56"/>
        <source>Item code</source>
        <translation>物料编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="57"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="58"/>
        <source>On inspection</source>
        <translation>待检</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="59"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="64"/>
        <source>Enter the code of an item.</source>
        <translation>请输入物料编码。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="64"/>
        <source>There is no item %1.</source>
        <translation>不存在物料 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="66"/>
        <source>%1 already has a stock row; edit it in the table.</source>
        <translation>%1 已有库存行，请在表格中修改。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/StockPage.cpp" line="73"/>
        <source>Add stock of %1</source>
        <translation>新增 %1 的库存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/StockPage.cpp" line="80"/>
        <source>Delete %n stock row(s)</source>
        <translation>
            <numerusform>删除 %n 行库存</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::SupplierPage</name>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="23"/>
        <source>Add supplier...</source>
        <translation>新增供应商...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="24"/>
        <source>Delete suppliers</source>
        <translation>删除供应商</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="29"/>
        <source>Add supplier</source>
        <translation>新增供应商</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="34"/>
        <source>Supplier code</source>
        <translation>供应商编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="36"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="37"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="42"/>
        <source>Enter a code that no other supplier has.</source>
        <translation>请输入一个未被其他供应商使用的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="44"/>
        <source>Supplier %1 already exists.</source>
        <translation>供应商 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="51"/>
        <source>Add supplier %1</source>
        <translation>新增供应商 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/SupplierPage.cpp" line="58"/>
        <source>Delete %n supplier(s)</source>
        <translation>
            <numerusform>删除 %n 个供应商</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmc::ui::TableImportDialog</name>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="56"/>
        <source>Import table - %1</source>
        <translation>导入表格 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="58"/>
        <source>From the sheet or file name</source>
        <translation>按工作表名或文件名识别</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="64"/>
        <source>Table / row</source>
        <translation>表 / 行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="64"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="64"/>
        <source>Columns changed</source>
        <translation>变化的列</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="66"/>
        <source>File / sheet</source>
        <translation>文件 / 工作表</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="66"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="66"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="66"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="70"/>
        <source>&amp;Read again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="78"/>
        <source>This file changes orders. Orders are stored in one step that cannot be undone, and the undo history is cleared. Continue?</source>
        <translation>此文件会修改订单。订单将一次性保存，无法撤销，撤销记录也会被清空。是否继续？</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="87"/>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="106"/>
        <source>Import table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="107"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="117"/>
        <source>en</source>
        <extracomment>Not shown: &quot;zh&quot; makes exported tables and this dialog use Chinese column headers.</extracomment>
        <translation>zh</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="146"/>
        <source>... more problems: &quot;pmc-cli table import&quot; lists them all</source>
        <translation>……还有更多问题：&quot;pmc-cli table import&quot; 会全部列出</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="174"/>
        <source>added %1, changed %2, removed %3</source>
        <translation>新增 %1，修改 %2，删除 %3</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="184"/>
        <source>operations</source>
        <translation>工序</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="184"/>
        <source>lines</source>
        <translation>订单行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="189"/>
        <source>... and %1 more</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="194"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="195"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="196"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="208"/>
        <source>%n problem(s): nothing is changed until the file is fixed (then Read again).</source>
        <translation>
            <numerusform>%n 个问题：文件修正之前不做任何修改（修正后点“重新读取”）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="210"/>
        <source>The file matches the data: nothing to change.</source>
        <translation>文件与现有数据一致，无需修改。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="212"/>
        <source>Apply adds %1, changes %2 and removes %3 rows.</source>
        <translation>应用后将新增 %1 行、修改 %2 行、删除 %3 行。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="215"/>
        <source>Orders change: this cannot be undone.</source>
        <translation>其中包括订单的修改，无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="227"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/TableImportDialog.cpp" line="231"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>pmc::ui::TablePage</name>
    <message>
        <location filename="../../ui/TablePage.cpp" line="37"/>
        <source>Filter (Ctrl+F): any text in any column</source>
        <translation>筛选 (Ctrl+F)：任意列中的任意文字</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="58"/>
        <source>Export to Excel...</source>
        <translation>导出到 Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="60"/>
        <source>Save the table as shown (visible columns, filtered and sorted rows) as an .xlsx workbook</source>
        <translation>按当前显示（可见列、筛选并排序后的行）将表格保存为 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="102"/>
        <location filename="../../ui/TablePage.cpp" line="113"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="103"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="113"/>
        <source>The table was not exported.
%1</source>
        <translation>表格未导出。
%1</translation>
    </message>
    <message>
        <location filename="../../ui/TablePage.cpp" line="125"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
</context>
<context>
    <name>pmc::ui::WhatIfDialog</name>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="76"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="76"/>
        <source>Run (F5)</source>
        <translation>运行 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="77"/>
        <source>Adopt</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="77"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="79"/>
        <source>What-if plan</source>
        <translation>模拟方案</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="95"/>
        <source>Apply the changes to the live factory as one step (Undo takes it back) and replan it</source>
        <translation>将更改作为一步应用到正式数据（可撤销）并重新计划</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="96"/>
        <source>Forget the changes and start again from the live factory</source>
        <translation>放弃更改，从正式数据重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="120"/>
        <source>Planned. Green is better than the live plan, red is worse.</source>
        <translation>已完成计算。绿色表示优于正式计划，红色表示更差。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="124"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="128"/>
        <source>The what-if plan failed: %1</source>
        <translation>模拟方案计算失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="142"/>
        <source>Scheduling</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="144"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="145"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="146"/>
        <source>Optimize for</source>
        <translation>优化时间</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="147"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="149"/>
        <source>Parallel units</source>
        <translation>并行台数</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="162"/>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="170"/>
        <source>Add working day</source>
        <translation>增加工作日</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="171"/>
        <source>Make the date a working day for the whole factory (a make-up day)</source>
        <translation>将该日期设为全厂工作日（调休上班）</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="172"/>
        <source>Add overtime</source>
        <translation>增加加班</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="173"/>
        <source>Extra working time for the work center on the date</source>
        <translation>该工作中心在该日期的额外工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="180"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="187"/>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="189"/>
        <source>Changes to the copy</source>
        <translation>对副本的更改</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="208"/>
        <source>Key figures: live plan and what-if</source>
        <translation>关键指标：正式计划与模拟方案</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="211"/>
        <source>Orders late or finishing on another day</source>
        <translation>延期或完工日变化的订单</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="236"/>
        <source>The changed factory is not valid:
%1</source>
        <translation>更改后的数据无效：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="238"/>
        <source>Planning the copy...</source>
        <translation>正在计算副本...</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="247"/>
        <source>Not adopted:
%1</source>
        <translation>未采用：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="248"/>
        <source>Adopted: the live factory has the changes (Undo takes them back) and is being replanned.</source>
        <translation>已采用：正式数据已包含这些更改（可撤销），正在重新计划。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="249"/>
        <source>Nothing to adopt; the live plan is being replanned with these options.</source>
        <translation>没有可采用的更改；正在用这些选项重新计划正式计划。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="257"/>
        <source>Discarded: the copy is the live factory again.</source>
        <translation>已放弃：副本已恢复为正式数据。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="278"/>
        <source>Overtime must end after it starts.</source>
        <translation>加班结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="291"/>
        <source>%1: %2 → %3 parallel units</source>
        <translation>%1：并行台数 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="299"/>
        <source>%1 is a working day</source>
        <translation>%1 为工作日</translation>
    </message>
    <message>
        <location filename="../../ui/WhatIfDialog.cpp" line="302"/>
        <source>Overtime at %1 on %2, %3–%4</source>
        <translation>%1 于 %2 加班，%3–%4</translation>
    </message>
</context>
<context>
    <name>pmc::ui::WorkCenterForm</name>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="20"/>
        <source>none: directly under the workshop</source>
        <translation>无：直属车间</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="23"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="25"/>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="26"/>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="27"/>
        <source>Parallel units</source>
        <translation>并行单元数</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterForm.cpp" line="28"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
</context>
<context>
    <name>pmc::ui::WorkCenterPage</name>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="29"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="30"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="47"/>
        <source>Add work center...</source>
        <translation>新增工作中心...</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="48"/>
        <source>Delete work center</source>
        <translation>删除工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="49"/>
        <source>Rename / edit</source>
        <translation>重命名 / 编辑</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="51"/>
        <source>Work center</source>
        <translation>工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="141"/>
        <source>Add work center</source>
        <translation>新增工作中心</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="149"/>
        <source>Enter a code that no other work center has.</source>
        <translation>请输入一个未被其他工作中心使用的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="151"/>
        <source>Work center %1 already exists.</source>
        <translation>工作中心 %1 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/masterdata/WorkCenterPage.cpp" line="153"/>
        <source>Enter the workshop.</source>
        <translation>请输入车间。</translation>
    </message>
</context>
</TS>
