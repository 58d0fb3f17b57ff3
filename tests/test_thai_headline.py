"""A Thai page: its headline is written without spaces, and the byline under it
("โดย สมชาย ใจดี", "by Somchai Jaidee") has spaces between the label and the names.
Counted by the phrases between spaces the headline was one word and no candidate, and
the byline was taken as the title; measured in characters (four a word, as
layout.length_in_words counts Thai) the headline is the title."""
import newsclean

MENU = ["หน้าแรก", "ข่าว", "การเมือง", "เศรษฐกิจ", "กีฬา"]  # home, news, politics, economy, sports
HEADLINE = "รัฐบาลอนุมัติงบประมาณสร้างรถไฟฟ้าสายใหม่เชื่อมสนามบิน"  # government approves a new rail line to the airport
PARAGRAPHS = [
    "คณะรัฐมนตรีมีมติอนุมัติงบประมาณกว่าหนึ่งหมื่นล้านบาทเพื่อก่อสร้างรถไฟฟ้าสายใหม่ที่เชื่อมใจกลางเมืองกับสนามบินนานาชาติ "
    "โดยคาดว่าจะเริ่มก่อสร้างได้ภายในปีหน้า",
    "กระทรวงคมนาคมระบุว่าโครงการนี้จะช่วยลดปัญหาการจราจรติดขัดบนถนนสายหลัก "
    "และช่วยให้ผู้โดยสารเดินทางไปสนามบินได้สะดวกและรวดเร็วยิ่งขึ้น",
    "ผู้เชี่ยวชาญด้านการขนส่งเห็นว่าโครงการนี้มีความสำคัญต่อการพัฒนาเมือง "
    "แต่ก็เตือนว่ารัฐบาลต้องควบคุมค่าใช้จ่ายและระยะเวลาก่อสร้างให้เป็นไปตามแผน",
]


def test_the_unspaced_thai_headline_is_the_title_not_the_byline_under_it():
    page = "\n".join([*MENU, HEADLINE, "โดย สมชาย ใจดี", "5 มีนาคม 2567", *PARAGRAPHS])
    article = newsclean.extract(page, source_type="text")
    assert article.title == HEADLINE
    assert str(article.date) == "2024-03-05"
