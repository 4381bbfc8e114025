namespace Governance.Core.Messages;

public static partial class Text
{
    // Boundaries of the org units (org/boundaries.json), locating a point, and the public pages' plain words.
    static Dictionary<string, string> PlaceMessages => new()
    {
        ["TERM-BOUNDARY"] = "边界",
        ["TERM-PUBLIC-GROUP"] = "群众问题类型",
        ["DEF-GEO-TYPE"] = "GeoJSON 类型“{0}”不对，应为 {1}",
        ["DEF-GEO-RINGS"] = "多边形坐标应为环的数组（每个环是 [经度, 纬度] 的数组）",
        ["DEF-GEO-POSITION"] = "坐标 {0} 无效：应为 [经度, 纬度]，经度在 -180～180、纬度在 -90～90 之间",
        ["DEF-GEO-RING-SHORT"] = "环只有 {0} 个点，至少需要 4 个（首尾相同）",
        ["DEF-GEO-RING-OPEN"] = "环没有闭合：最后一个点应与第一个点相同",
        ["DEF-GEO-NAME"] = "名称“{0}”与组织树中 {1} 的名称“{2}”不一致",
        ["DEF-GEO-INVALID"] = "{0}的边界不是有效的多边形：{1}{2}",
        ["DEF-GEO-GRID-MISSING"] = "网格 {0}（{1}）没有边界：有边界文件时每个网格都要画出边界，群众才能在地图上定位到它",
        ["DEF-GEO-OUTSIDE"] = "{0}的边界超出了{1}的边界（约 {2} 平方米）{3}",
        ["DEF-GEO-OVERLAP"] = "{0}的边界与{1}重叠（约 {2} 平方米）{3}",
        ["PLACE-OUTSIDE"] = "这个位置不在{0}的任何网格内，请在地图上重新选择",
        ["CASE-PLACE-REQUIRED"] = "请标出事发位置（在地图上点选或使用当前位置）",
        ["CASE-PLACE-MISMATCH"] = "网格 {0} 与所标位置不符：该位置属于{1}",
        ["CLI-BOUNDARIES-NOTE"] = "示范市各级组织的边界：由 governance boundaries --seed {0} 为虚构城市生成，真实城市请换成自己的边界",
        ["CLI-BOUNDARIES-WRITTEN"] = "已生成 {0} 个单元的边界：{1}",
        ["CLI-LOCATE-NO-BOUNDARIES"] = "定义包没有 {0}，无法按坐标定位网格",
        ["CLI-DEGREES-INVALID"] = "--{0} “{1}” 不是以度为单位的数字，例如 30.3",
        // Words the boundary generator reads in unit names: a district named 城东区 is drawn east of the centre.
        ["GEO-EAST"] = "东",
        ["GEO-WEST"] = "西",
        ["GEO-SOUTH"] = "南",
        ["GEO-NORTH"] = "北",
        ["GEO-COUNTY-SUFFIX"] = "县",
        ["GEO-NEAR"] = "，约在经度 {0}、纬度 {1} 处",
        ["GEO-Error"] = "几何错误",
        ["GEO-RepeatedPoint"] = "有重复的点",
        ["GEO-HoleOutsideShell"] = "内环在外环之外",
        ["GEO-NestedHoles"] = "内环互相嵌套",
        ["GEO-DisconnectedInteriors"] = "内部不连通",
        ["GEO-SelfIntersection"] = "边界自相交",
        ["GEO-RingSelfIntersection"] = "环自相交",
        ["GEO-NestedShells"] = "多边形互相嵌套",
        ["GEO-DuplicateRings"] = "有重复的环",
        ["GEO-TooFewPoints"] = "点数太少",
        ["GEO-InvalidCoordinate"] = "坐标无效",
        ["GEO-RingNotClosed"] = "环没有闭合",
        ["GEO-NoInvalidIntersection"] = "边界线相交",
    };
}
