# @barnets-net/__pkg__
