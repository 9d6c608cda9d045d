"""Realistic Vietnamese article bodies for the near-duplicate tests (written for these tests)."""

HOI_NGHI_A = """Sáng 15-10, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 để đánh giá tình hình thực hiện nhiệm vụ chính trị 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2025. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.

Theo báo cáo, 9 tháng đầu năm, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 8,2%, cao hơn cùng kỳ năm trước. Thu ngân sách nhà nước trên địa bàn đạt hơn 3.100 tỷ đồng, bằng 82% dự toán. Sản xuất nông nghiệp cơ bản ổn định, diện tích cây ăn quả, cây dược liệu tiếp tục mở rộng. Chương trình xây dựng nông thôn mới có thêm 7 xã đạt chuẩn, 3 xã đạt chuẩn nông thôn mới nâng cao.

Công tác xây dựng Đảng được chú trọng; việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp bảo đảm thông suốt. Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm.

Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền tập trung tháo gỡ khó khăn cho sản xuất kinh doanh, đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hoàn thành cao nhất các chỉ tiêu kinh tế - xã hội năm 2025; chuẩn bị chu đáo các điều kiện tổ chức đại hội đảng bộ các cấp, bảo đảm đúng tiến độ, chất lượng."""

# The same story as republished by another paper: new dateline prefix and lead sentence, old
# tone placement ("Tỉnh uỷ"), one paragraph dropped, their credit line and boilerplate added.
HOI_NGHI_A_COPY = """(TTV) - Ngày 15-10, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 12, đánh giá kết quả 9 tháng và bàn nhiệm vụ những tháng cuối năm. Đồng chí Bí thư Tỉnh uỷ chủ trì hội nghị.

Theo báo cáo, 9 tháng đầu năm, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 8,2%, cao hơn cùng kỳ năm trước. Thu ngân sách nhà nước trên địa bàn đạt hơn 3.100 tỷ đồng, bằng 82% dự toán. Sản xuất nông nghiệp cơ bản ổn định, diện tích cây ăn quả, cây dược liệu tiếp tục mở rộng. Chương trình xây dựng nông thôn mới có thêm 7 xã đạt chuẩn, 3 xã đạt chuẩn nông thôn mới nâng cao.

Công tác xây dựng Đảng được chú trọng; việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp bảo đảm thông suốt. Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm.

Phát biểu kết luận, đồng chí Bí thư Tỉnh uỷ đề nghị các cấp uỷ, chính quyền tập trung tháo gỡ khó khăn cho sản xuất kinh doanh, đẩy nhanh giải ngân vốn đầu tư công, phấn đấu hoàn thành cao nhất các chỉ tiêu kinh tế – xã hội năm 2025; chuẩn bị chu đáo các điều kiện tổ chức đại hội đảng bộ các cấp, bảo đảm đúng tiến độ, chất lượng./.

Theo TQĐT

Tin cùng chuyên mục"""

# A different report on the same topic: same officialese, different facts and sentences.
HOI_NGHI_B = """Chiều 20-7, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.

Hội nghị đánh giá, 6 tháng đầu năm, các cấp ủy đảng đã lãnh đạo thực hiện đồng bộ các giải pháp phục hồi sản xuất. Tổng sản phẩm trên địa bàn tăng 7,5%; kim ngạch xuất khẩu đạt 420 triệu USD. Toàn tỉnh thu hút 15 dự án đầu tư mới với tổng vốn đăng ký hơn 5.000 tỷ đồng. Công tác giảm nghèo, chăm lo người có công được thực hiện kịp thời; 1.200 căn nhà tạm, nhà dột nát được xóa.

Tuy nhiên, tiến độ giải phóng mặt bằng một số công trình trọng điểm còn chậm; thu hút đầu tư vào khu công nghiệp chưa đạt kỳ vọng. Một số tổ chức cơ sở đảng sinh hoạt chưa nền nếp.

Kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu các địa phương, đơn vị khắc phục hạn chế, tập trung chỉ đạo quyết liệt các nhiệm vụ còn lại, nâng cao chất lượng sinh hoạt chi bộ, làm tốt công tác phát triển đảng viên trong 6 tháng cuối năm."""

# A short brief: too few words to compare.
SHORT_BRIEF = """Sáng 12-10, Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết của Trung ương. Đồng chí Bí thư Tỉnh ủy chủ trì. Hội nghị được tổ chức trực tuyến đến các xã."""
