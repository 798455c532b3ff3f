SELECT CHILD AS child, 'Episodes' AS table_name, 'episode began ' || DECOM || ', before the previous one ceased '
       || previous_dec AS detail
FROM rule_episode WHERE began < previous_ceased
