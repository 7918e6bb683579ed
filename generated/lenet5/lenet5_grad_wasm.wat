(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (memory $0 147 147)
 (data $0 (i32.const 246852) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t")
 (export "memory" (memory $0))
 (export "lenet5" (func $lenet5))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local.set $1
   (f32x4.nearest
    (f32x4.mul
     (local.tee $0
      (f32x4.max
       (f32x4.min
        (local.get $0)
        (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
       )
       (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
      )
     )
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (f32x4.mul
   (f32x4.mul
    (f32x4.add
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
                 (local.tee $0
                  (f32x4.sub
                   (f32x4.sub
                    (local.get $0)
                    (f32x4.mul
                     (local.get $1)
                     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
                    )
                   )
                   (f32x4.mul
                    (local.get $1)
                    (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
                   )
                  )
                 )
                )
                (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
               )
               (local.get $0)
              )
              (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
             )
             (local.get $0)
            )
            (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
           )
           (local.get $0)
          )
          (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
         )
         (local.get $0)
        )
        (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
       )
       (f32x4.mul
        (local.get $0)
        (local.get $0)
       )
      )
      (local.get $0)
     )
     (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    )
    (i32x4.shl
     (i32x4.add
      (local.tee $1
       (i32x4.shr_s
        (local.tee $0
         (i32x4.trunc_sat_f32x4_s
          (local.get $1)
         )
        )
        (i32.const 1)
       )
      )
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $0)
      (local.get $1)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local.set $2
   (f32x4.lt
    (local.tee $1
     (v128.or
      (v128.and
       (local.tee $5
        (v128.bitselect
         (f32x4.mul
          (local.get $0)
          (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
         )
         (local.get $0)
         (local.tee $4
          (f32x4.lt
           (local.get $0)
           (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
          )
         )
        )
       )
       (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
      )
      (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
     )
    )
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (f32x4.mul
    (local.tee $1
     (f32x4.sub
      (f32x4.add
       (local.get $1)
       (v128.and
        (local.get $1)
        (local.get $2)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
    (local.get $1)
   )
  )
  (v128.bitselect
   (local.get $0)
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (v128.bitselect
     (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     (f32x4.add
      (f32x4.add
       (local.get $1)
       (f32x4.sub
        (f32x4.add
         (f32x4.mul
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (f32x4.add
                        (f32x4.mul
                         (f32x4.add
                          (f32x4.mul
                           (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                           (local.get $1)
                          )
                          (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                         )
                         (local.get $1)
                        )
                        (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                       )
                       (local.get $1)
                      )
                      (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
                     )
                     (local.get $1)
                    )
                    (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
                   )
                   (local.get $1)
                  )
                  (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
                 )
                 (local.get $1)
                )
                (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
               )
               (local.get $1)
              )
              (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
             )
             (local.get $1)
            )
            (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
           )
           (local.get $1)
          )
          (local.get $3)
         )
         (f32x4.mul
          (local.tee $1
           (f32x4.convert_i32x4_s
            (i32x4.add
             (i32x4.sub
              (i32x4.sub
               (i32x4.shr_u
                (local.get $5)
                (i32.const 23)
               )
               (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
              )
              (v128.and
               (local.get $4)
               (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
              )
             )
             (local.get $2)
            )
           )
          )
          (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
         )
        )
        (f32x4.mul
         (local.get $3)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
      )
      (f32x4.mul
       (local.get $1)
       (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
      )
     )
     (f32x4.eq
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $k0_conv1_conv2d_add_compare_where
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (memory.fill
   (i32.const 5734208)
   (i32.const 0)
   (i32.const 262144)
  )
  (loop $for1
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (memory.copy
     (i32.add
      (i32.shl
       (i32.add
        (i32.shl
         (local.get $1)
         (i32.const 5)
        )
        (local.get $2)
       )
       (i32.const 7)
      )
      (i32.const 5734472)
     )
     (i32.add
      (i32.mul
       (i32.add
        (i32.mul
         (local.get $1)
         (i32.const 28)
        )
        (local.get $2)
       )
       (i32.const 112)
      )
      (i32.const 246896)
     )
     (i32.const 112)
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 28)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (loop $for6
   (local.set $7
    (i32.const 0)
   )
   (loop $for5
    (local.set $19
     (i32.shl
      (i32.add
       (i32.shl
        (local.get $6)
        (i32.const 5)
       )
       (local.get $7)
      )
      (i32.const 7)
     )
    )
    (local.set $20
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 28)
       )
       (local.get $7)
      )
      (i32.const 28)
     )
    )
    (local.set $8
     (i32.const 0)
    )
    (loop $for4
     (local.set $0
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $9
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $13
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $15
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $2
      (i32.add
       (local.get $19)
       (i32.shl
        (local.get $8)
        (i32.const 2)
       )
      )
     )
     (local.set $3
      (i32.const 0)
     )
     (local.set $17
      (i32.const 0)
     )
     (loop $for3
      (local.set $1
       (local.get $2)
      )
      (local.set $18
       (i32.const 0)
      )
      (loop $for2
       (local.set $0
        (f32x4.add
         (local.get $0)
         (f32x4.mul
          (local.tee $4
           (v128.load32_splat offset=5734208
            (local.get $1)
           )
          )
          (local.tee $16
           (v128.load align=4
            (local.get $3)
           )
          )
         )
        )
       )
       (local.set $9
        (f32x4.add
         (local.get $9)
         (f32x4.mul
          (local.get $4)
          (local.tee $4
           (v128.load offset=16 align=4
            (local.get $3)
           )
          )
         )
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.tee $5
           (v128.load32_splat offset=5734212
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $11
        (f32x4.add
         (local.get $11)
         (f32x4.mul
          (local.get $5)
          (local.get $4)
         )
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.tee $5
           (v128.load32_splat offset=5734216
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $13
        (f32x4.add
         (local.get $13)
         (f32x4.mul
          (local.get $5)
          (local.get $4)
         )
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.tee $5
           (v128.load32_splat offset=5734220
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $15
        (f32x4.add
         (local.get $15)
         (f32x4.mul
          (local.get $5)
          (local.get $4)
         )
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 24)
        )
       )
       (local.set $1
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (br_if $for2
        (i32.lt_s
         (local.tee $18
          (i32.add
           (local.get $18)
           (i32.const 1)
          )
         )
         (i32.const 5)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 128)
       )
      )
      (br_if $for3
       (i32.lt_s
        (local.tee $17
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (i32.const 5)
       )
      )
     )
     (v128.store offset=1652080 align=4
      (local.tee $2
       (i32.mul
        (local.tee $1
         (i32.add
          (local.get $8)
          (local.get $20)
         )
        )
        (i32.const 24)
       )
      )
      (block (result v128)
       (v128.store offset=447856 align=4
        (i32.shl
         (local.tee $3
          (i32.mul
           (local.get $1)
           (i32.const 6)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $0)
          (v128.load align=4
           (i32.const 608)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store64_lane offset=447856 align=4 0
      (i32.shl
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $9)
        (v128.load align=4
         (i32.const 624)
        )
       )
      )
     )
     (v128.store64_lane offset=1652096 align=4 0
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=1652080 align=4
      (local.tee $3
       (i32.mul
        (local.tee $2
         (i32.add
          (local.get $1)
          (i32.const 1)
         )
        )
        (i32.const 24)
       )
      )
      (block (result v128)
       (v128.store offset=447856 align=4
        (i32.shl
         (local.tee $2
          (i32.mul
           (local.get $2)
           (i32.const 6)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $10)
          (v128.load align=4
           (i32.const 608)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store64_lane offset=447856 align=4 0
      (i32.shl
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $11)
        (v128.load align=4
         (i32.const 624)
        )
       )
      )
     )
     (v128.store64_lane offset=1652096 align=4 0
      (local.get $3)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=1652080 align=4
      (local.tee $3
       (i32.mul
        (local.tee $2
         (i32.add
          (local.get $1)
          (i32.const 2)
         )
        )
        (i32.const 24)
       )
      )
      (block (result v128)
       (v128.store offset=447856 align=4
        (i32.shl
         (local.tee $2
          (i32.mul
           (local.get $2)
           (i32.const 6)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $12)
          (v128.load align=4
           (i32.const 608)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store64_lane offset=447856 align=4 0
      (i32.shl
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $13)
        (v128.load align=4
         (i32.const 624)
        )
       )
      )
     )
     (v128.store64_lane offset=1652096 align=4 0
      (local.get $3)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=1652080 align=4
      (local.tee $2
       (i32.mul
        (local.tee $1
         (i32.add
          (local.get $1)
          (i32.const 3)
         )
        )
        (i32.const 24)
       )
      )
      (block (result v128)
       (v128.store offset=447856 align=4
        (i32.shl
         (local.tee $1
          (i32.mul
           (local.get $1)
           (i32.const 6)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $14)
          (v128.load align=4
           (i32.const 608)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store64_lane offset=447856 align=4 0
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $15)
        (v128.load align=4
         (i32.const 624)
        )
       )
      )
     )
     (v128.store64_lane offset=1652096 align=4 0
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (br_if $for4
      (i32.lt_s
       (local.tee $8
        (i32.add
         (local.get $8)
         (i32.const 4)
        )
       )
       (i32.const 28)
      )
     )
    )
    (br_if $for5
     (i32.lt_s
      (local.tee $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (i32.const 28)
     )
    )
   )
   (br_if $for6
    (i32.lt_s
     (local.tee $6
      (i32.add
       (local.get $6)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k1_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (loop $for4
   (local.set $1
    (i32.const 0)
   )
   (loop $for3
    (local.set $2
     (i32.const 0)
    )
    (loop $for2
     (local.set $6
      (i32.mul
       (i32.add
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $0)
           (i32.const 14)
          )
          (local.get $1)
         )
         (i32.const 14)
        )
        (local.get $2)
       )
       (i32.const 6)
      )
     )
     (local.set $3
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $4
      (i32.const 0)
     )
     (loop $for1
      (if
       (i32.lt_u
        (local.tee $7
         (i32.add
          (i32.shl
           (local.get $1)
           (i32.const 1)
          )
          (local.get $4)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $5
         (i32.const 0)
        )
        (loop $for0
         (if
          (i32.lt_u
           (local.tee $8
            (i32.add
             (i32.shl
              (local.get $2)
              (i32.const 1)
             )
             (local.get $5)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $3
            (f32x4.pmax
             (local.get $3)
             (v128.load offset=1652080 align=4
              (i32.mul
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $0)
                   (i32.const 28)
                  )
                  (local.get $7)
                 )
                 (i32.const 28)
                )
                (local.get $8)
               )
               (i32.const 24)
              )
             )
            )
           )
          )
         )
         (br_if $for0
          (i32.lt_s
           (local.tee $5
            (i32.add
             (local.get $5)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for1
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (v128.store offset=2856304 align=4
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
      (local.get $3)
     )
     (br_if $for2
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for3
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for4
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (local.set $0
   (i32.const 0)
  )
  (loop $for9
   (local.set $1
    (i32.const 0)
   )
   (loop $for8
    (local.set $2
     (i32.const 0)
    )
    (loop $for7
     (local.set $6
      (i32.add
       (i32.mul
        (i32.add
         (i32.mul
          (i32.add
           (i32.mul
            (local.get $0)
            (i32.const 14)
           )
           (local.get $1)
          )
          (i32.const 14)
         )
         (local.get $2)
        )
        (i32.const 6)
       )
       (i32.const 4)
      )
     )
     (local.set $3
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $4
      (i32.const 0)
     )
     (loop $for6
      (if
       (i32.lt_u
        (local.tee $7
         (i32.add
          (i32.shl
           (local.get $1)
           (i32.const 1)
          )
          (local.get $4)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $5
         (i32.const 0)
        )
        (loop $for5
         (if
          (i32.lt_u
           (local.tee $8
            (i32.add
             (i32.shl
              (local.get $2)
              (i32.const 1)
             )
             (local.get $5)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $3
            (f32x4.pmax
             (local.get $3)
             (v128.load offset=1652080 align=4
              (i32.shl
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $0)
                     (i32.const 28)
                    )
                    (local.get $7)
                   )
                   (i32.const 28)
                  )
                  (local.get $8)
                 )
                 (i32.const 6)
                )
                (i32.const 4)
               )
               (i32.const 2)
              )
             )
            )
           )
          )
         )
         (br_if $for5
          (i32.lt_s
           (local.tee $5
            (i32.add
             (local.get $5)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for6
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (v128.store64_lane offset=2856304 align=4 0
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
      (local.get $3)
     )
     (br_if $for7
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for8
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for9
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (loop $for5
   (local.set $7
    (i32.const 0)
   )
   (loop $for4
    (local.set $19
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 14)
       )
       (local.get $7)
      )
      (i32.const 336)
     )
    )
    (local.set $20
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $6)
        (i32.const 10)
       )
       (local.get $7)
      )
      (i32.const 10)
     )
    )
    (local.set $8
     (i32.const 0)
    )
    (loop $for3
     (local.set $0
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $9
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $13
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $15
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $4
      (i32.add
       (local.get $19)
       (i32.mul
        (local.get $8)
        (i32.const 24)
       )
      )
     )
     (local.set $5
      (i32.const 0)
     )
     (local.set $16
      (i32.const 0)
     )
     (loop $for2
      (local.set $2
       (local.get $4)
      )
      (local.set $17
       (i32.const 0)
      )
      (loop $for1
       (local.set $1
        (local.get $2)
       )
       (local.set $18
        (i32.const 0)
       )
       (loop $for0
        (local.set $0
         (f32x4.add
          (local.get $0)
          (f32x4.mul
           (local.tee $3
            (v128.load32_splat offset=2856304
             (local.get $1)
            )
           )
           (local.tee $21
            (v128.load offset=640 align=4
             (local.get $5)
            )
           )
          )
         )
        )
        (local.set $9
         (f32x4.add
          (local.get $9)
          (f32x4.mul
           (local.get $3)
           (local.tee $22
            (v128.load offset=656 align=4
             (local.get $5)
            )
           )
          )
         )
        )
        (local.set $10
         (f32x4.add
          (local.get $10)
          (f32x4.mul
           (local.get $3)
           (local.tee $23
            (v128.load offset=672 align=4
             (local.get $5)
            )
           )
          )
         )
        )
        (local.set $11
         (f32x4.add
          (local.get $11)
          (f32x4.mul
           (local.get $3)
           (local.tee $24
            (v128.load offset=688 align=4
             (local.get $5)
            )
           )
          )
         )
        )
        (local.set $12
         (f32x4.add
          (local.get $12)
          (f32x4.mul
           (local.tee $3
            (v128.load32_splat offset=2856328
             (local.get $1)
            )
           )
           (local.get $21)
          )
         )
        )
        (local.set $13
         (f32x4.add
          (local.get $13)
          (f32x4.mul
           (local.get $3)
           (local.get $22)
          )
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $3)
           (local.get $23)
          )
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $3)
           (local.get $24)
          )
         )
        )
        (local.set $1
         (i32.add
          (local.get $1)
          (i32.const 4)
         )
        )
        (local.set $5
         (i32.sub
          (local.get $5)
          (i32.const -64)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.tee $18
           (i32.add
            (local.get $18)
            (i32.const 1)
           )
          )
          (i32.const 6)
         )
        )
       )
       (local.set $2
        (i32.add
         (local.get $2)
         (i32.const 24)
        )
       )
       (br_if $for1
        (i32.lt_s
         (local.tee $17
          (i32.add
           (local.get $17)
           (i32.const 1)
          )
         )
         (i32.const 5)
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (i32.const 336)
       )
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $16
         (i32.add
          (local.get $16)
          (i32.const 1)
         )
        )
        (i32.const 5)
       )
      )
     )
     (v128.store offset=3566960 align=4
      (local.tee $2
       (i32.shl
        (local.tee $4
         (i32.add
          (local.get $8)
          (local.get $20)
         )
        )
        (i32.const 6)
       )
      )
      (block (result v128)
       (v128.store offset=3157360 align=4
        (i32.shl
         (local.tee $1
          (i32.shl
           (local.get $4)
           (i32.const 4)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $0)
          (v128.load align=4
           (i32.const 10240)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $9)
        (v128.load align=4
         (i32.const 10256)
        )
       )
      )
     )
     (v128.store offset=3566976 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 8)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $10)
        (v128.load align=4
         (i32.const 10272)
        )
       )
      )
     )
     (v128.store offset=3566992 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 12)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $11)
        (v128.load align=4
         (i32.const 10288)
        )
       )
      )
     )
     (v128.store offset=3567008 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=3566960 align=4
      (local.tee $2
       (i32.shl
        (local.tee $1
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 6)
       )
      )
      (block (result v128)
       (v128.store offset=3157360 align=4
        (i32.shl
         (local.tee $1
          (i32.shl
           (local.get $1)
           (i32.const 4)
          )
         )
         (i32.const 2)
        )
        (local.tee $0
         (f32x4.add
          (local.get $12)
          (v128.load align=4
           (i32.const 10240)
          )
         )
        )
       )
       (v128.bitselect
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        (f32x4.ne
         (v128.and
          (f32x4.gt
           (local.get $0)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $13)
        (v128.load align=4
         (i32.const 10256)
        )
       )
      )
     )
     (v128.store offset=3566976 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 8)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $14)
        (v128.load align=4
         (i32.const 10272)
        )
       )
      )
     )
     (v128.store offset=3566992 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=3157360 align=4
      (i32.shl
       (i32.add
        (local.get $1)
        (i32.const 12)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $15)
        (v128.load align=4
         (i32.const 10288)
        )
       )
      )
     )
     (v128.store offset=3567008 align=4
      (local.get $2)
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $8
        (i32.add
         (local.get $8)
         (i32.const 2)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for5
    (i32.lt_s
     (local.tee $6
      (i32.add
       (local.get $6)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k3_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (loop $for5
   (local.set $1
    (i32.const 0)
   )
   (loop $for4
    (local.set $2
     (i32.const 0)
    )
    (loop $for3
     (local.set $3
      (i32.const 0)
     )
     (loop $for2
      (local.set $7
       (i32.add
        (i32.shl
         (i32.add
          (i32.mul
           (i32.add
            (i32.mul
             (local.get $0)
             (i32.const 5)
            )
            (local.get $1)
           )
           (i32.const 5)
          )
          (local.get $2)
         )
         (i32.const 4)
        )
        (local.get $3)
       )
      )
      (local.set $4
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
      (local.set $5
       (i32.const 0)
      )
      (loop $for1
       (if
        (i32.lt_u
         (local.tee $8
          (i32.add
           (i32.shl
            (local.get $1)
            (i32.const 1)
           )
           (local.get $5)
          )
         )
         (i32.const 10)
        )
        (then
         (local.set $6
          (i32.const 0)
         )
         (loop $for0
          (if
           (i32.lt_u
            (local.tee $9
             (i32.add
              (i32.shl
               (local.get $2)
               (i32.const 1)
              )
              (local.get $6)
             )
            )
            (i32.const 10)
           )
           (then
            (local.set $4
             (f32x4.pmax
              (local.get $4)
              (v128.load offset=3566960 align=4
               (i32.shl
                (i32.add
                 (i32.shl
                  (i32.add
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $0)
                      (i32.const 10)
                     )
                     (local.get $8)
                    )
                    (i32.const 10)
                   )
                   (local.get $9)
                  )
                  (i32.const 4)
                 )
                 (local.get $3)
                )
                (i32.const 2)
               )
              )
             )
            )
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.tee $6
             (i32.add
              (local.get $6)
              (i32.const 1)
             )
            )
            (i32.const 2)
           )
          )
         )
        )
       )
       (br_if $for1
        (i32.lt_s
         (local.tee $5
          (i32.add
           (local.get $5)
           (i32.const 1)
          )
         )
         (i32.const 2)
        )
       )
      )
      (v128.store offset=3976560 align=4
       (i32.shl
        (local.get $7)
        (i32.const 2)
       )
       (local.get $4)
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (i32.const 16)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 5)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 5)
     )
    )
   )
   (br_if $for5
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k5_fc1_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local.set $17
   (i32.const 15)
  )
  (loop $panel0
   (local.set $5
    (i32.const 0)
   )
   (local.set $18
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.mul
      (local.get $5)
      (i32.const 1600)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $4
     (i32.add
      (local.tee $2
       (local.get $8)
      )
      (i32.const 192000)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $6
         (v128.load32_splat offset=3976560
          (local.get $1)
         )
        )
        (local.tee $16
         (v128.load offset=10304 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $6)
        (local.tee $6
         (v128.load offset=10320 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3978160
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3979760
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3981360
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $4)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 480)
        )
       )
      )
     )
    )
    (v128.store offset=4109680 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.mul
        (local.get $5)
        (i32.const 480)
       )
      )
     )
     (block (result v128)
      (v128.store offset=4078960 align=4
       (i32.shl
        (i32.add
         (local.tee $4
          (i32.mul
           (local.get $5)
           (i32.const 120)
          )
         )
         (local.get $3)
        )
        (i32.const 2)
       )
       (local.tee $0
        (f32x4.add
         (local.get $0)
         (v128.load offset=202304 align=4
          (local.get $1)
         )
        )
       )
      )
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $0
     (f32x4.add
      (local.get $9)
      (v128.load offset=202304 align=4
       (i32.shl
        (local.tee $1
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (i32.const 2)
       )
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $4)
      )
      (i32.const 2)
     )
     (local.get $0)
    )
    (v128.store offset=4109696 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.tee $4
        (i32.mul
         (i32.add
          (local.get $5)
          (i32.const 1)
         )
         (i32.const 120)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $10)
       (v128.load offset=202304 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4110160 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $0
     (f32x4.add
      (local.get $11)
      (v128.load offset=202304 align=4
       (i32.shl
        (local.get $1)
        (i32.const 2)
       )
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $4)
      )
      (i32.const 2)
     )
     (local.get $0)
    )
    (v128.store offset=4110176 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.tee $4
        (i32.mul
         (i32.add
          (local.get $5)
          (i32.const 2)
         )
         (i32.const 120)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $12)
       (v128.load offset=202304 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4110640 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $4)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $13)
       (v128.load offset=202304 align=4
        (i32.shl
         (local.get $1)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4110656 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4078960 align=4
     (i32.shl
      (i32.add
       (local.tee $4
        (i32.mul
         (i32.add
          (local.get $5)
          (i32.const 3)
         )
         (i32.const 120)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $14)
       (v128.load offset=202304 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4111120 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4111136 align=4
     (local.get $2)
     (block (result v128)
      (local.set $0
       (f32x4.add
        (local.get $15)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.tee $2
           (local.get $1)
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.store offset=4078960 align=4
       (i32.shl
        (i32.add
         (local.get $2)
         (local.get $4)
        )
        (i32.const 2)
       )
       (local.get $0)
      )
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $18
      (i32.sub
       (local.get $18)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $8
    (i32.add
     (local.get $8)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $17
     (i32.sub
      (local.get $17)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k6_fc2_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 i32)
  (local $11 v128)
  (local $12 v128)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local.set $10
   (i32.const 10)
  )
  (loop $panel0
   (local.set $4
    (i32.const 0)
   )
   (local.set $14
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.mul
      (local.get $4)
      (i32.const 480)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $6
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $16
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $17
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.tee $2
       (local.get $13)
      )
      (i32.const 40320)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $11
         (v128.load32_splat offset=4109680
          (local.get $1)
         )
        )
        (local.tee $18
         (v128.load offset=202784 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $6
      (f32x4.add
       (local.get $6)
       (f32x4.mul
        (local.get $11)
        (local.tee $11
         (v128.load offset=202800 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.tee $12
         (v128.load32_splat offset=4110160
          (local.get $1)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $12)
        (local.get $11)
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $12
         (v128.load32_splat offset=4110640
          (local.get $1)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $16
      (f32x4.add
       (local.get $16)
       (f32x4.mul
        (local.get $12)
        (local.get $11)
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $12
         (v128.load32_splat offset=4111120
          (local.get $1)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $17
      (f32x4.add
       (local.get $17)
       (f32x4.mul
        (local.get $12)
        (local.get $11)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $5)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 336)
        )
       )
      )
     )
    )
    (v128.store offset=4161904 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.mul
        (local.get $4)
        (i32.const 336)
       )
      )
     )
     (block (result v128)
      (v128.store offset=4140400 align=4
       (i32.shl
        (i32.add
         (local.tee $5
          (i32.mul
           (local.get $4)
           (i32.const 84)
          )
         )
         (local.get $3)
        )
        (i32.const 2)
       )
       (local.tee $0
        (f32x4.add
         (local.get $0)
         (v128.load offset=243104 align=4
          (local.get $1)
         )
        )
       )
      )
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $0
     (f32x4.add
      (local.get $6)
      (v128.load offset=243104 align=4
       (i32.shl
        (local.tee $1
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (i32.const 2)
       )
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $5)
      )
      (i32.const 2)
     )
     (local.get $0)
    )
    (v128.store offset=4161920 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.tee $5
        (i32.mul
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
         (i32.const 84)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $7)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4162240 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $0
     (f32x4.add
      (local.get $15)
      (v128.load offset=243104 align=4
       (i32.shl
        (local.get $1)
        (i32.const 2)
       )
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $5)
      )
      (i32.const 2)
     )
     (local.get $0)
    )
    (v128.store offset=4162256 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.tee $5
        (i32.mul
         (i32.add
          (local.get $4)
          (i32.const 2)
         )
         (i32.const 84)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $8)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4162576 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.get $1)
       (local.get $5)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $16)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $1)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4162592 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4140400 align=4
     (i32.shl
      (i32.add
       (local.tee $5
        (i32.mul
         (i32.add
          (local.get $4)
          (i32.const 3)
         )
         (i32.const 84)
        )
       )
       (local.get $3)
      )
      (i32.const 2)
     )
     (local.tee $0
      (f32x4.add
       (local.get $9)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
    )
    (v128.store offset=4162912 align=4
     (local.get $2)
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162928 align=4
     (local.get $2)
     (block (result v128)
      (local.set $0
       (f32x4.add
        (local.get $17)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.tee $2
           (local.get $1)
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.store offset=4140400 align=4
       (i32.shl
        (i32.add
         (local.get $2)
         (local.get $5)
        )
        (i32.const 2)
       )
       (local.get $0)
      )
      (v128.bitselect
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $14
      (i32.sub
       (local.get $14)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $13
    (i32.add
     (local.get $13)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $10
     (i32.sub
      (local.get $10)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $4
   (i32.const 0)
  )
  (local.set $10
   (i32.const 16)
  )
  (loop $rows3
   (local.set $1
    (i32.mul
     (local.get $4)
     (i32.const 480)
    )
   )
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $14
    (i32.add
     (local.tee $2
      (local.get $13)
     )
     (i32.const 40320)
    )
   )
   (loop $k4
    (local.set $0
     (f32x4.add
      (local.get $0)
      (f32x4.mul
       (v128.load32_splat offset=4109680
        (local.get $1)
       )
       (local.tee $6
        (v128.load offset=202784 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=4110160
        (local.get $1)
       )
       (local.get $6)
      )
     )
    )
    (local.set $8
     (f32x4.add
      (local.get $8)
      (f32x4.mul
       (v128.load32_splat offset=4110640
        (local.get $1)
       )
       (local.get $6)
      )
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (v128.load32_splat offset=4111120
        (local.get $1)
       )
       (local.get $6)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.get $14)
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 336)
       )
      )
     )
    )
   )
   (v128.store offset=4161904 align=4
    (local.tee $2
     (i32.add
      (local.tee $1
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
      (i32.mul
       (local.get $4)
       (i32.const 336)
      )
     )
    )
    (block (result v128)
     (v128.store offset=4140400 align=4
      (i32.shl
       (i32.add
        (i32.mul
         (local.get $4)
         (i32.const 84)
        )
        (local.get $3)
       )
       (i32.const 2)
      )
      (local.tee $0
       (f32x4.add
        (local.get $0)
        (v128.load offset=243104 align=4
         (local.get $1)
        )
       )
      )
     )
     (v128.bitselect
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
   )
   (v128.store offset=4140400 align=4
    (i32.shl
     (i32.add
      (i32.mul
       (i32.add
        (local.get $4)
        (i32.const 1)
       )
       (i32.const 84)
      )
      (local.get $3)
     )
     (i32.const 2)
    )
    (local.tee $0
     (f32x4.add
      (local.get $7)
      (v128.load offset=243104 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
   )
   (v128.store offset=4162240 align=4
    (local.get $2)
    (v128.bitselect
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=4140400 align=4
    (i32.shl
     (i32.add
      (i32.mul
       (i32.add
        (local.get $4)
        (i32.const 2)
       )
       (i32.const 84)
      )
      (local.get $3)
     )
     (i32.const 2)
    )
    (local.tee $0
     (f32x4.add
      (local.get $8)
      (v128.load offset=243104 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
   )
   (v128.store offset=4162576 align=4
    (local.get $2)
    (v128.bitselect
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=4140400 align=4
    (i32.shl
     (i32.add
      (i32.mul
       (i32.add
        (local.get $4)
        (i32.const 3)
       )
       (i32.const 84)
      )
      (local.get $3)
     )
     (i32.const 2)
    )
    (local.tee $0
     (f32x4.add
      (local.get $9)
      (v128.load offset=243104 align=4
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
    )
   )
   (v128.store offset=4162912 align=4
    (local.get $2)
    (v128.bitselect
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (local.set $4
    (i32.add
     (local.get $4)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $10
     (i32.sub
      (local.get $10)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k7_fc3_matmul_add_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local.set $8
   (i32.const 16)
  )
  (loop $rows1
   (local.set $0
    (i32.mul
     (local.get $1)
     (i32.const 336)
    )
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $12
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k2
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (local.tee $9
        (v128.load32_splat offset=4161904
         (local.get $0)
        )
       )
       (local.tee $14
        (v128.load offset=243440 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $4
     (f32x4.add
      (local.get $4)
      (f32x4.mul
       (local.get $9)
       (local.tee $9
        (v128.load offset=243456 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4162240
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4162576
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4162912
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k2
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 3360)
     )
    )
   )
   (v128.store offset=4183408 align=4
    (local.tee $0
     (i32.mul
      (local.get $1)
      (i32.const 40)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=4183424 align=4
    (local.get $0)
    (f32x4.add
     (local.get $4)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=4183448 align=4
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=4183464 align=4
    (local.get $0)
    (f32x4.add
     (local.get $11)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=4183488 align=4
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=4183504 align=4
    (local.get $0)
    (f32x4.add
     (local.get $12)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=4183528 align=4
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=4183544 align=4
    (local.get $0)
    (f32x4.add
     (local.get $13)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows1
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $8
   (i32.const 16)
  )
  (loop $rows3
   (local.set $0
    (i32.mul
     (local.get $1)
     (i32.const 336)
    )
   )
   (local.set $2
    (i32.const 32)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k4
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (v128.load32_splat offset=4161904
        (local.get $0)
       )
       (local.tee $4
        (v128.load64_zero offset=243440 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (v128.load32_splat offset=4162240
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=4162576
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=4162912
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 3392)
     )
    )
   )
   (v128.store64_lane offset=4183408 align=4 0
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $1)
       (i32.const 40)
      )
      (i32.const 32)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=4183448 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=4183488 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=4183528 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k8_reduceMax_stopGradient
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.max
      (local.get $0)
      (v128.load offset=4183408 align=4
       (i32.shl
        (i32.add
         (local.tee $3
          (i32.mul
           (local.get $1)
           (i32.const 10)
          )
         )
         (local.get $2)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=4185968
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
    (f32.max
     (f32.load offset=4183408
      (i32.shl
       (i32.add
        (local.get $3)
        (i32.const 9)
       )
       (i32.const 2)
      )
     )
     (f32.max
      (f32.load offset=4183408
       (i32.shl
        (i32.add
         (local.get $3)
         (i32.const 8)
        )
        (i32.const 2)
       )
      )
      (f32.max
       (f32.max
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.max
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k9_sub_exp_reduceSum
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.add
      (local.get $0)
      (call $gf_exp_f32x4
       (f32x4.sub
        (v128.load offset=4183408 align=4
         (i32.shl
          (i32.add
           (local.tee $3
            (i32.mul
             (local.get $1)
             (i32.const 10)
            )
           )
           (local.get $2)
          )
          (i32.const 2)
         )
        )
        (v128.load32_splat offset=4185968
         (local.tee $4
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=4186224
    (local.get $4)
    (f32.add
     (f32.add
      (f32.add
       (f32.add
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.add
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
      (f32x4.extract_lane 0
       (call $gf_exp_f32x4
        (f32x4.splat
         (f32.sub
          (f32.load offset=4183408
           (i32.shl
            (i32.add
             (local.get $3)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=4185968
           (local.get $4)
          )
         )
        )
       )
      )
     )
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=4183408
          (i32.shl
           (i32.add
            (local.get $3)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=4185968
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k10_sub_exp_div
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 f32)
  (loop $for1
   (local.set $1
    (i32.const 0)
   )
   (loop $for0
    (local.set $4
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=4183408
          (i32.shl
           (local.tee $2
            (i32.add
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
             (local.get $1)
            )
           )
           (i32.const 2)
          )
         )
         (f32.load offset=4185968
          (local.tee $3
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
     )
    )
    (f32.store offset=4186480
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
     (f32.div
      (local.get $4)
      (f32.load offset=4186224
       (local.get $3)
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k11_reshape_compare_log_4more
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $3
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32x4.add
      (local.get $1)
      (f32x4.mul
       (v128.and
        (i32x4.eq
         (v128.load32_splat offset=447600
          (local.tee $2
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
         (v128.load offset=246848 align=4
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (f32x4.sub
        (f32x4.sub
         (v128.load offset=4183408 align=4
          (i32.shl
           (i32.add
            (local.tee $4
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.load32_splat offset=4185968
          (local.get $2)
         )
        )
        (call $gf_log_f32x4
         (v128.load32_splat offset=4186224
          (local.get $2)
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=4189040
    (local.get $2)
    (f32.neg
     (f32.add
      (f32.add
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $1)
         )
         (f32x4.extract_lane 1
          (local.get $1)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $1)
         )
         (f32x4.extract_lane 3
          (local.get $1)
         )
        )
       )
       (f32.mul
        (f32.convert_i32_u
         (i32.eq
          (i32.load offset=447600
           (local.get $2)
          )
          (i32.load
           (i32.const 246880)
          )
         )
        )
        (f32.sub
         (f32.sub
          (f32.load offset=4183408
           (i32.shl
            (i32.add
             (local.get $4)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=4185968
           (local.get $2)
          )
         )
         (f32x4.extract_lane 0
          (call $gf_log_f32x4
           (f32x4.splat
            (f32.load offset=4186224
             (local.get $2)
            )
           )
          )
         )
        )
       )
      )
      (f32.mul
       (f32.convert_i32_u
        (i32.eq
         (i32.load offset=447600
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (i32.load
          (i32.const 246884)
         )
        )
       )
       (f32.sub
        (f32.sub
         (f32.load offset=4183408
          (i32.shl
           (i32.add
            (local.get $4)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=4185968
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
        )
        (f32x4.extract_lane 0
         (call $gf_log_f32x4
          (f32x4.splat
           (f32.load offset=4186224
            (i32.shl
             (local.get $0)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k12_reduceSum_div
  (local $0 v128)
  (local $1 i32)
  (loop $for0
   (local.set $0
    (f32x4.add
     (local.get $0)
     (v128.load offset=4189040 align=4
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (i32.const 64)
    )
   )
  )
  (f32.store
   (i32.const 4189296)
   (f32.mul
    (f32.add
     (f32.add
      (f32x4.extract_lane 0
       (local.get $0)
      )
      (f32x4.extract_lane 1
       (local.get $0)
      )
     )
     (f32.add
      (f32x4.extract_lane 2
       (local.get $0)
      )
      (f32x4.extract_lane 3
       (local.get $0)
      )
     )
    )
    (f32.const 0.015625)
   )
  )
 )
 (func $k13_broadcast_reshape_compare_4more
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $1
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.add
      (local.get $0)
      (f32x4.neg
       (f32x4.mul
        (v128.const i32x4 0xbc800000 0xbc800000 0xbc800000 0xbc800000)
        (v128.and
         (i32x4.eq
          (v128.load32_splat offset=447600
           (local.tee $3
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.load offset=246848 align=4
           (i32.shl
            (local.get $1)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=4189040
    (local.get $3)
    (f32.div
     (f32.sub
      (f32.sub
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $0)
         )
         (f32x4.extract_lane 1
          (local.get $0)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $0)
         )
         (f32x4.extract_lane 3
          (local.get $0)
         )
        )
       )
       (f32.mul
        (f32.convert_i32_u
         (i32.eq
          (local.tee $1
           (i32.load offset=447600
            (local.get $3)
           )
          )
          (i32.load
           (i32.const 246880)
          )
         )
        )
        (f32.const -0.015625)
       )
      )
      (f32.mul
       (f32.convert_i32_u
        (i32.eq
         (i32.load
          (i32.const 246884)
         )
         (local.get $1)
        )
       )
       (f32.const -0.015625)
      )
     )
     (f32.load offset=4186224
      (local.get $3)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k14_broadcast_sub_exp_4more
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (loop $for1
   (local.set $1
    (i32.const 0)
   )
   (loop $for0
    (f32.store offset=4189312
     (i32.shl
      (local.tee $3
       (i32.add
        (i32.mul
         (local.get $0)
         (i32.const 10)
        )
        (local.get $1)
       )
      )
      (i32.const 2)
     )
     (f32.add
      (f32.mul
       (f32.convert_i32_u
        (i32.eq
         (i32.load offset=447600
          (local.tee $2
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
         (i32.load offset=246848
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
       (f32.const -0.015625)
      )
      (f32.mul
       (f32.load offset=4189040
        (local.get $2)
       )
       (f32x4.extract_lane 0
        (call $gf_exp_f32x4
         (f32x4.splat
          (f32.sub
           (f32.load offset=4183408
            (i32.shl
             (local.get $3)
             (i32.const 2)
            )
           )
           (f32.load offset=4185968
            (local.get $2)
           )
          )
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k15_reduceSum
  (local $0 i32)
  (local $1 f32)
  (local $2 i32)
  (loop $for1
   (local.set $1
    (f32.const 0)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32.add
      (local.get $1)
      (f32.load offset=4189312
       (i32.shl
        (i32.add
         (i32.mul
          (local.get $2)
          (i32.const 10)
         )
         (local.get $0)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (f32.store offset=447600
    (i32.shl
     (local.get $0)
     (i32.const 2)
    )
    (local.get $1)
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 10)
    )
   )
  )
 )
 (func $k17_matmul_gemm_plain
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local.set $8
   (i32.const 21)
  )
  (loop $rows1
   (local.set $0
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $12
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k2
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (local.tee $9
        (v128.load32_splat offset=4161904
         (local.get $0)
        )
       )
       (local.tee $14
        (v128.load offset=4189312 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $4
     (f32x4.add
      (local.get $4)
      (f32x4.mul
       (local.get $9)
       (local.tee $9
        (v128.load offset=4189328 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4161908
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4161912
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=4161916
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 336)
     )
    )
    (br_if $k2
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 2560)
     )
    )
   )
   (v128.store offset=4191872 align=4
    (local.tee $0
     (i32.mul
      (local.get $1)
      (i32.const 40)
     )
    )
    (local.get $3)
   )
   (v128.store offset=4191888 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=4191912 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=4191928 align=4
    (local.get $0)
    (local.get $11)
   )
   (v128.store offset=4191952 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=4191968 align=4
    (local.get $0)
    (local.get $12)
   )
   (v128.store offset=4191992 align=4
    (local.get $0)
    (local.get $7)
   )
   (v128.store offset=4192008 align=4
    (local.get $0)
    (local.get $13)
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows1
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $8
   (i32.const 21)
  )
  (loop $rows3
   (local.set $0
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
   )
   (local.set $2
    (i32.const 32)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k4
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (v128.load32_splat offset=4161904
        (local.get $0)
       )
       (local.tee $4
        (v128.load64_zero offset=4189312 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (v128.load32_splat offset=4161908
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=4161912
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=4161916
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 336)
     )
    )
    (br_if $k4
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 2592)
     )
    )
   )
   (v128.store64_lane offset=4191872 align=4 0
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $1)
       (i32.const 40)
      )
      (i32.const 32)
     )
    )
    (local.get $3)
   )
   (v128.store64_lane offset=4191912 align=4 0
    (local.get $0)
    (local.get $5)
   )
   (v128.store64_lane offset=4191952 align=4 0
    (local.get $0)
    (local.get $6)
   )
   (v128.store64_lane offset=4191992 align=4 0
    (local.get $0)
    (local.get $7)
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k18_fc3_matmul_compare_where_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local.set $1
   (i32.const 10)
  )
  (loop $packtp0
   (local.set $4
    (i32.const 10)
   )
   (loop $packtk1
    (f32.store offset=5734208
     (local.get $2)
     (f32.load offset=243440
      (local.get $0)
     )
    )
    (f32.store offset=5734212
     (local.get $2)
     (f32.load offset=243480
      (local.get $0)
     )
    )
    (f32.store offset=5734216
     (local.get $2)
     (f32.load offset=243520
      (local.get $0)
     )
    )
    (f32.store offset=5734220
     (local.get $2)
     (f32.load offset=243560
      (local.get $0)
     )
    )
    (f32.store offset=5734224
     (local.get $2)
     (f32.load offset=243600
      (local.get $0)
     )
    )
    (f32.store offset=5734228
     (local.get $2)
     (f32.load offset=243640
      (local.get $0)
     )
    )
    (f32.store offset=5734232
     (local.get $2)
     (f32.load offset=243680
      (local.get $0)
     )
    )
    (f32.store offset=5734236
     (local.get $2)
     (f32.load offset=243720
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 32)
     )
    )
    (br_if $packtk1
     (local.tee $4
      (i32.sub
       (local.get $4)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 280)
    )
   )
   (br_if $packtp0
    (local.tee $1
     (i32.sub
      (local.get $1)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 10)
  )
  (loop $packtk2
   (f32.store offset=5734208
    (local.get $2)
    (f32.load offset=243440
     (local.get $0)
    )
   )
   (f32.store offset=5734212
    (local.get $2)
    (f32.load offset=243480
     (local.get $0)
    )
   )
   (f32.store offset=5734216
    (local.get $2)
    (f32.load offset=243520
     (local.get $0)
    )
   )
   (f32.store offset=5734220
    (local.get $2)
    (f32.load offset=243560
     (local.get $0)
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 4)
    )
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 16)
    )
   )
   (br_if $packtk2
    (local.tee $1
     (i32.sub
      (local.get $1)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $4
   (i32.const 0)
  )
  (local.set $2
   (i32.const 0)
  )
  (local.set $11
   (i32.const 10)
  )
  (loop $panel3
   (local.set $1
    (i32.const 0)
   )
   (local.set $14
    (i32.const 16)
   )
   (loop $rows4
    (local.set $3
     (i32.mul
      (local.get $1)
      (i32.const 40)
     )
    )
    (local.set $6
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $16
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $17
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.tee $0
       (local.get $2)
      )
      (i32.const 320)
     )
    )
    (loop $k5
     (local.set $6
      (f32x4.add
       (local.get $6)
       (f32x4.mul
        (local.tee $12
         (v128.load32_splat offset=4189312
          (local.get $3)
         )
        )
        (local.tee $18
         (v128.load offset=5734208 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.get $12)
        (local.tee $12
         (v128.load offset=5734224 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $13
         (v128.load32_splat offset=4189352
          (local.get $3)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $13)
        (local.get $12)
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $13
         (v128.load32_splat offset=4189392
          (local.get $3)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $16
      (f32x4.add
       (local.get $16)
       (f32x4.mul
        (local.get $13)
        (local.get $12)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.tee $13
         (v128.load32_splat offset=4189432
          (local.get $3)
         )
        )
        (local.get $18)
       )
      )
     )
     (local.set $17
      (f32x4.add
       (local.get $17)
       (f32x4.mul
        (local.get $13)
        (local.get $12)
       )
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 4)
      )
     )
     (br_if $k5
      (i32.ne
       (local.get $5)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 32)
        )
       )
      )
     )
    )
    (v128.store offset=4161904 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $1)
        (i32.const 336)
       )
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
      )
     )
     (v128.bitselect
      (local.get $6)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (local.get $1)
              (i32.const 84)
             )
            )
            (local.get $4)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4161920 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $7)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.get $5)
            (local.tee $3
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162240 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $8)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $1)
               (i32.const 1)
              )
              (i32.const 84)
             )
            )
            (local.get $4)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162256 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $15)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.get $3)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162576 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $9)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $1)
               (i32.const 2)
              )
              (i32.const 84)
             )
            )
            (local.get $4)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162592 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $16)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.get $3)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162912 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $10)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $1)
               (i32.const 3)
              )
              (i32.const 84)
             )
            )
            (local.get $4)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4162928 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $17)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4140400 align=4
          (i32.shl
           (i32.add
            (local.get $3)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 4)
     )
    )
    (br_if $rows4
     (local.tee $14
      (i32.sub
       (local.get $14)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $4
    (i32.add
     (local.get $4)
     (i32.const 8)
    )
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 320)
    )
   )
   (br_if $panel3
    (local.tee $11
     (i32.sub
      (local.get $11)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $11
   (i32.const 16)
  )
  (loop $rows6
   (local.set $3
    (i32.mul
     (local.get $1)
     (i32.const 40)
    )
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $14
    (i32.add
     (local.tee $0
      (local.get $2)
     )
     (i32.const 160)
    )
   )
   (loop $k7
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=4189312
        (local.get $3)
       )
       (local.tee $7
        (v128.load offset=5734208 align=4
         (local.get $0)
        )
       )
      )
     )
    )
    (local.set $8
     (f32x4.add
      (local.get $8)
      (f32x4.mul
       (v128.load32_splat offset=4189352
        (local.get $3)
       )
       (local.get $7)
      )
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (v128.load32_splat offset=4189392
        (local.get $3)
       )
       (local.get $7)
      )
     )
    )
    (local.set $10
     (f32x4.add
      (local.get $10)
      (f32x4.mul
       (v128.load32_splat offset=4189432
        (local.get $3)
       )
       (local.get $7)
      )
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br_if $k7
     (i32.ne
      (local.get $14)
      (local.tee $0
       (i32.add
        (local.get $0)
        (i32.const 16)
       )
      )
     )
    )
   )
   (v128.store offset=4161904 align=4
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $1)
       (i32.const 336)
      )
      (i32.shl
       (local.get $4)
       (i32.const 2)
      )
     )
    )
    (v128.bitselect
     (local.get $6)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=4140400 align=4
         (i32.shl
          (i32.add
           (i32.mul
            (local.get $1)
            (i32.const 84)
           )
           (local.get $4)
          )
          (i32.const 2)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=4162240 align=4
    (local.get $0)
    (v128.bitselect
     (local.get $8)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=4140400 align=4
         (i32.shl
          (i32.add
           (i32.mul
            (i32.add
             (local.get $1)
             (i32.const 1)
            )
            (i32.const 84)
           )
           (local.get $4)
          )
          (i32.const 2)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=4162576 align=4
    (local.get $0)
    (v128.bitselect
     (local.get $9)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=4140400 align=4
         (i32.shl
          (i32.add
           (i32.mul
            (i32.add
             (local.get $1)
             (i32.const 2)
            )
            (i32.const 84)
           )
           (local.get $4)
          )
          (i32.const 2)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=4162912 align=4
    (local.get $0)
    (v128.bitselect
     (local.get $10)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=4140400 align=4
         (i32.shl
          (i32.add
           (i32.mul
            (i32.add
             (local.get $1)
             (i32.const 3)
            )
            (i32.const 84)
           )
           (local.get $4)
          )
          (i32.const 2)
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows6
    (local.tee $11
     (i32.sub
      (local.get $11)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k19_reduceSum
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (loop $for1
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32x4.add
      (local.get $1)
      (v128.load offset=4161904 align=4
       (i32.shl
        (i32.add
         (i32.mul
          (local.get $2)
          (i32.const 84)
         )
         (local.get $0)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=4140400 align=4
    (i32.shl
     (local.get $0)
     (i32.const 2)
    )
    (local.get $1)
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 4)
      )
     )
     (i32.const 84)
    )
   )
  )
 )
 (func $k21_matmul_gemm_plain
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local.set $8
   (i32.const 10)
  )
  (loop $panel0
   (local.set $2
    (i32.const 0)
   )
   (local.set $13
    (i32.const 30)
   )
   (loop $rows1
    (local.set $1
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
    )
    (local.set $3
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $4
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $6
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $16
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $0
       (local.get $12)
      )
      (i32.const 21504)
     )
    )
    (loop $k2
     (local.set $3
      (f32x4.add
       (local.get $3)
       (f32x4.mul
        (local.tee $9
         (v128.load32_splat offset=4109680
          (local.get $1)
         )
        )
        (local.tee $17
         (v128.load offset=4161904 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $4
      (f32x4.add
       (local.get $4)
       (f32x4.mul
        (local.get $9)
        (local.tee $9
         (v128.load offset=4161920 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $5
      (f32x4.add
       (local.get $5)
       (f32x4.mul
        (local.tee $10
         (v128.load32_splat offset=4109684
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $10)
        (local.get $9)
       )
      )
     )
     (local.set $6
      (f32x4.add
       (local.get $6)
       (f32x4.mul
        (local.tee $10
         (v128.load32_splat offset=4109688
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $10)
        (local.get $9)
       )
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.tee $10
         (v128.load32_splat offset=4109692
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $16
      (f32x4.add
       (local.get $16)
       (f32x4.mul
        (local.get $10)
        (local.get $9)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 480)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $18)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 336)
        )
       )
      )
     )
    )
    (v128.store offset=4195232 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $2)
        (i32.const 336)
       )
       (i32.shl
        (local.get $11)
        (i32.const 2)
       )
      )
     )
     (local.get $3)
    )
    (v128.store offset=4195248 align=4
     (local.get $0)
     (local.get $4)
    )
    (v128.store offset=4195568 align=4
     (local.get $0)
     (local.get $5)
    )
    (v128.store offset=4195584 align=4
     (local.get $0)
     (local.get $14)
    )
    (v128.store offset=4195904 align=4
     (local.get $0)
     (local.get $6)
    )
    (v128.store offset=4195920 align=4
     (local.get $0)
     (local.get $15)
    )
    (v128.store offset=4196240 align=4
     (local.get $0)
     (local.get $7)
    )
    (v128.store offset=4196256 align=4
     (local.get $0)
     (local.get $16)
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $13
      (i32.sub
       (local.get $13)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $11
    (i32.add
     (local.get $11)
     (i32.const 8)
    )
   )
   (local.set $12
    (i32.add
     (local.get $12)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $2
   (i32.const 0)
  )
  (local.set $8
   (i32.const 30)
  )
  (loop $rows3
   (local.set $1
    (i32.shl
     (local.get $2)
     (i32.const 2)
    )
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (i32.add
     (local.tee $0
      (local.get $12)
     )
     (i32.const 21504)
    )
   )
   (loop $k4
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (v128.load32_splat offset=4109680
        (local.get $1)
       )
       (local.tee $4
        (v128.load offset=4161904 align=4
         (local.get $0)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (v128.load32_splat offset=4109684
        (local.get $1)
       )
       (local.get $4)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=4109688
        (local.get $1)
       )
       (local.get $4)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=4109692
        (local.get $1)
       )
       (local.get $4)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 480)
     )
    )
    (br_if $k4
     (i32.ne
      (local.get $13)
      (local.tee $0
       (i32.add
        (local.get $0)
        (i32.const 336)
       )
      )
     )
    )
   )
   (v128.store offset=4195232 align=4
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $2)
       (i32.const 336)
      )
      (i32.shl
       (local.get $11)
       (i32.const 2)
      )
     )
    )
    (local.get $3)
   )
   (v128.store offset=4195568 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=4195904 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=4196240 align=4
    (local.get $0)
    (local.get $7)
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k22_fc2_matmul_compare_where_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local.set $2
   (i32.const 15)
  )
  (loop $packtp0
   (local.set $3
    (i32.const 84)
   )
   (loop $packtk1
    (f32.store offset=5734208
     (local.get $1)
     (f32.load offset=202784
      (local.get $0)
     )
    )
    (f32.store offset=5734212
     (local.get $1)
     (f32.load offset=203120
      (local.get $0)
     )
    )
    (f32.store offset=5734216
     (local.get $1)
     (f32.load offset=203456
      (local.get $0)
     )
    )
    (f32.store offset=5734220
     (local.get $1)
     (f32.load offset=203792
      (local.get $0)
     )
    )
    (f32.store offset=5734224
     (local.get $1)
     (f32.load offset=204128
      (local.get $0)
     )
    )
    (f32.store offset=5734228
     (local.get $1)
     (f32.load offset=204464
      (local.get $0)
     )
    )
    (f32.store offset=5734232
     (local.get $1)
     (f32.load offset=204800
      (local.get $0)
     )
    )
    (f32.store offset=5734236
     (local.get $1)
     (f32.load offset=205136
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (br_if $packtk1
     (local.tee $3
      (i32.sub
       (local.get $3)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 2352)
    )
   )
   (br_if $packtp0
    (local.tee $2
     (i32.sub
      (local.get $2)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $3
   (i32.const 0)
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $17
   (i32.const 15)
  )
  (loop $panel2
   (local.set $2
    (i32.const 0)
   )
   (local.set $18
    (i32.const 16)
   )
   (loop $rows3
    (local.set $4
     (i32.mul
      (local.get $2)
      (i32.const 336)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.tee $0
       (local.get $1)
      )
      (i32.const 2688)
     )
    )
    (loop $k4
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $6
         (v128.load32_splat offset=4161904
          (local.get $4)
         )
        )
        (local.tee $16
         (v128.load offset=5734208 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $6)
        (local.tee $6
         (v128.load offset=5734224 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=4162240
          (local.get $4)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=4162576
          (local.get $4)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=4162912
          (local.get $4)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $4
      (i32.add
       (local.get $4)
       (i32.const 4)
      )
     )
     (br_if $k4
      (i32.ne
       (local.get $5)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 32)
        )
       )
      )
     )
    )
    (v128.store offset=4109680 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $2)
        (i32.const 480)
       )
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
     )
     (v128.bitselect
      (local.get $8)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (local.get $2)
              (i32.const 120)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4109696 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $9)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.get $5)
            (local.tee $4
             (i32.add
              (local.get $3)
              (i32.const 4)
             )
            )
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4110160 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $10)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $2)
               (i32.const 1)
              )
              (i32.const 120)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4110176 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $11)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.get $4)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4110640 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $12)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $2)
               (i32.const 2)
              )
              (i32.const 120)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4110656 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $13)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.get $4)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4111120 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $14)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.tee $5
             (i32.mul
              (i32.add
               (local.get $2)
               (i32.const 3)
              )
              (i32.const 120)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=4111136 align=4
     (local.get $0)
     (v128.bitselect
      (local.get $15)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (v128.load offset=4078960 align=4
          (i32.shl
           (i32.add
            (local.get $4)
            (local.get $5)
           )
           (i32.const 2)
          )
         )
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 4)
     )
    )
    (br_if $rows3
     (local.tee $18
      (i32.sub
       (local.get $18)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 2688)
    )
   )
   (br_if $panel2
    (local.tee $17
     (i32.sub
      (local.get $17)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k23_reduceSum
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (loop $for1
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32x4.add
      (local.get $1)
      (v128.load offset=4109680 align=4
       (i32.shl
        (i32.add
         (i32.mul
          (local.get $2)
          (i32.const 120)
         )
         (local.get $0)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=4078960 align=4
    (i32.shl
     (local.get $0)
     (i32.const 2)
    )
    (local.get $1)
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 4)
      )
     )
     (i32.const 120)
    )
   )
  )
 )
 (func $k25_fc1_matmul_gemm_plain
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local.set $2
   (i32.const 50)
  )
  (loop $packtp0
   (local.set $3
    (i32.const 120)
   )
   (loop $packtk1
    (f32.store offset=5734208
     (local.get $1)
     (f32.load offset=10304
      (local.get $0)
     )
    )
    (f32.store offset=5734212
     (local.get $1)
     (f32.load offset=10784
      (local.get $0)
     )
    )
    (f32.store offset=5734216
     (local.get $1)
     (f32.load offset=11264
      (local.get $0)
     )
    )
    (f32.store offset=5734220
     (local.get $1)
     (f32.load offset=11744
      (local.get $0)
     )
    )
    (f32.store offset=5734224
     (local.get $1)
     (f32.load offset=12224
      (local.get $0)
     )
    )
    (f32.store offset=5734228
     (local.get $1)
     (f32.load offset=12704
      (local.get $0)
     )
    )
    (f32.store offset=5734232
     (local.get $1)
     (f32.load offset=13184
      (local.get $0)
     )
    )
    (f32.store offset=5734236
     (local.get $1)
     (f32.load offset=13664
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (br_if $packtk1
     (local.tee $3
      (i32.sub
       (local.get $3)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 3360)
    )
   )
   (br_if $packtp0
    (local.tee $2
     (i32.sub
      (local.get $2)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $16
   (i32.const 50)
  )
  (loop $panel2
   (local.set $3
    (i32.const 0)
   )
   (local.set $17
    (i32.const 16)
   )
   (loop $rows3
    (local.set $2
     (i32.mul
      (local.get $3)
      (i32.const 480)
     )
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $0
       (local.get $1)
      )
      (i32.const 3840)
     )
    )
    (loop $k4
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.tee $4
         (v128.load32_splat offset=4109680
          (local.get $2)
         )
        )
        (local.tee $15
         (v128.load offset=5734208 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.get $4)
        (local.tee $4
         (v128.load offset=5734224 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4110160
          (local.get $2)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4110640
          (local.get $2)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4111120
          (local.get $2)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 4)
      )
     )
     (br_if $k4
      (i32.ne
       (local.get $18)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 32)
        )
       )
      )
     )
    )
    (v128.store offset=4235552 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $3)
        (i32.const 1600)
       )
       (i32.shl
        (local.get $6)
        (i32.const 2)
       )
      )
     )
     (local.get $7)
    )
    (v128.store offset=4235568 align=4
     (local.get $0)
     (local.get $8)
    )
    (v128.store offset=4237152 align=4
     (local.get $0)
     (local.get $9)
    )
    (v128.store offset=4237168 align=4
     (local.get $0)
     (local.get $10)
    )
    (v128.store offset=4238752 align=4
     (local.get $0)
     (local.get $11)
    )
    (v128.store offset=4238768 align=4
     (local.get $0)
     (local.get $12)
    )
    (v128.store offset=4240352 align=4
     (local.get $0)
     (local.get $13)
    )
    (v128.store offset=4240368 align=4
     (local.get $0)
     (local.get $14)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br_if $rows3
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $6
    (i32.add
     (local.get $6)
     (i32.const 8)
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 3840)
    )
   )
   (br_if $panel2
    (local.tee $16
     (i32.sub
      (local.get $16)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k26_matmul_gemm_plain
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local.set $4
   (i32.const 64)
  )
  (loop $packk1
   (local.set $0
    (local.get $3)
   )
   (local.set $1
    (i32.shl
     (local.get $2)
     (i32.const 5)
    )
   )
   (local.set $5
    (i32.const 15)
   )
   (loop $packp0
    (v128.store offset=5734208 align=4
     (local.get $1)
     (v128.load offset=4109680 align=4
      (local.get $0)
     )
    )
    (v128.store offset=5734224 align=4
     (local.get $1)
     (v128.load offset=4109696 align=4
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 32)
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 2048)
     )
    )
    (br_if $packp0
     (local.tee $5
      (i32.sub
       (local.get $5)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 480)
    )
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
   )
   (br_if $packk1
    (local.tee $4
     (i32.sub
      (local.get $4)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $4
   (i32.const 0)
  )
  (local.set $3
   (i32.const 0)
  )
  (local.set $5
   (i32.const 15)
  )
  (loop $panel2
   (local.set $2
    (i32.const 0)
   )
   (local.set $17
    (i32.const 100)
   )
   (loop $rows3
    (local.set $1
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $0
       (local.get $3)
      )
      (i32.const 2048)
     )
    )
    (loop $k4
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $6
         (v128.load32_splat offset=3976560
          (local.get $1)
         )
        )
        (local.tee $16
         (v128.load offset=5734208 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $6)
        (local.tee $6
         (v128.load offset=5734224 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3976564
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3976568
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.tee $7
         (v128.load32_splat offset=3976572
          (local.get $1)
         )
        )
        (local.get $16)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $7)
        (local.get $6)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 1600)
      )
     )
     (br_if $k4
      (i32.ne
       (local.get $18)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 32)
        )
       )
      )
     )
    )
    (v128.store offset=4337952 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $2)
        (i32.const 480)
       )
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
      )
     )
     (local.get $8)
    )
    (v128.store offset=4337968 align=4
     (local.get $0)
     (local.get $9)
    )
    (v128.store offset=4338432 align=4
     (local.get $0)
     (local.get $10)
    )
    (v128.store offset=4338448 align=4
     (local.get $0)
     (local.get $11)
    )
    (v128.store offset=4338912 align=4
     (local.get $0)
     (local.get $12)
    )
    (v128.store offset=4338928 align=4
     (local.get $0)
     (local.get $13)
    )
    (v128.store offset=4339392 align=4
     (local.get $0)
     (local.get $14)
    )
    (v128.store offset=4339408 align=4
     (local.get $0)
     (local.get $15)
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 4)
     )
    )
    (br_if $rows3
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $4
    (i32.add
     (local.get $4)
     (i32.const 8)
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 2048)
    )
   )
   (br_if $panel2
    (local.tee $5
     (i32.sub
      (local.get $5)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k28_maxPoolBackprop_compare_where
  (local $0 i32)
  (local $1 i32)
  (local $2 v128)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (memory.fill
   (i32.const 4529952)
   (i32.const 0)
   (i32.const 409600)
  )
  (loop $for5
   (local.set $3
    (i32.const 0)
   )
   (loop $for4
    (local.set $4
     (i32.const 0)
    )
    (loop $for3
     (local.set $5
      (i32.const 0)
     )
     (loop $for2
      (local.set $6
       (i32.add
        (i32.shl
         (i32.add
          (i32.mul
           (i32.add
            (i32.mul
             (local.get $1)
             (i32.const 5)
            )
            (local.get $3)
           )
           (i32.const 5)
          )
          (local.get $4)
         )
         (i32.const 4)
        )
        (local.get $5)
       )
      )
      (local.set $7
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
      (local.set $2
       (v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff)
      )
      (local.set $0
       (i32.const 0)
      )
      (loop $for1
       (if
        (i32.lt_u
         (local.tee $12
          (i32.add
           (i32.shl
            (local.get $3)
            (i32.const 1)
           )
           (local.get $0)
          )
         )
         (i32.const 10)
        )
        (then
         (local.set $8
          (i32.const 0)
         )
         (loop $for0
          (if
           (i32.lt_u
            (local.tee $9
             (i32.add
              (i32.shl
               (local.get $4)
               (i32.const 1)
              )
              (local.get $8)
             )
            )
            (i32.const 10)
           )
           (then
            (local.set $11
             (v128.or
              (f32x4.gt
               (local.tee $10
                (v128.load offset=3566960 align=4
                 (i32.shl
                  (local.tee $9
                   (i32.add
                    (i32.shl
                     (i32.add
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (local.get $1)
                         (i32.const 10)
                        )
                        (local.get $12)
                       )
                       (i32.const 10)
                      )
                      (local.get $9)
                     )
                     (i32.const 4)
                    )
                    (local.get $5)
                   )
                  )
                  (i32.const 2)
                 )
                )
               )
               (local.get $7)
              )
              (v128.and
               (i32x4.lt_s
                (local.get $2)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
               )
               (f32x4.ne
                (local.get $10)
                (local.get $10)
               )
              )
             )
            )
            (local.set $7
             (v128.bitselect
              (local.get $10)
              (local.get $7)
              (local.get $11)
             )
            )
            (local.set $2
             (v128.bitselect
              (i32x4.add
               (i32x4.splat
                (local.get $9)
               )
               (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
              )
              (local.get $2)
              (local.get $11)
             )
            )
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.tee $8
             (i32.add
              (local.get $8)
              (i32.const 1)
             )
            )
            (i32.const 2)
           )
          )
         )
        )
       )
       (br_if $for1
        (i32.lt_s
         (local.tee $0
          (i32.add
           (local.get $0)
           (i32.const 1)
          )
         )
         (i32.const 2)
        )
       )
      )
      (if
       (i32.ge_s
        (local.tee $0
         (i32x4.extract_lane 0
          (local.get $2)
         )
        )
        (i32.const 0)
       )
       (then
        (f32.store offset=4529952
         (local.tee $0
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (f32.add
          (f32.load offset=4529952
           (local.get $0)
          )
          (f32.load offset=4235552
           (i32.shl
            (local.get $6)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
      (if
       (i32.ge_s
        (local.tee $0
         (i32x4.extract_lane 1
          (local.get $2)
         )
        )
        (i32.const 0)
       )
       (then
        (f32.store offset=4529952
         (local.tee $0
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (f32.add
          (f32.load offset=4529952
           (local.get $0)
          )
          (f32.load offset=4235556
           (i32.shl
            (local.get $6)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
      (if
       (i32.ge_s
        (local.tee $0
         (i32x4.extract_lane 2
          (local.get $2)
         )
        )
        (i32.const 0)
       )
       (then
        (f32.store offset=4529952
         (local.tee $0
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (f32.add
          (f32.load offset=4529952
           (local.get $0)
          )
          (f32.load offset=4235560
           (i32.shl
            (local.get $6)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
      (if
       (i32.ge_s
        (local.tee $0
         (i32x4.extract_lane 3
          (local.get $2)
         )
        )
        (i32.const 0)
       )
       (then
        (f32.store offset=4529952
         (local.tee $0
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (f32.add
          (f32.load offset=4529952
           (local.get $0)
          )
          (f32.load offset=4235564
           (i32.shl
            (local.get $6)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $5
         (i32.add
          (local.get $5)
          (i32.const 4)
         )
        )
        (i32.const 16)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $4
        (i32.add
         (local.get $4)
         (i32.const 1)
        )
       )
       (i32.const 5)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (i32.const 5)
     )
    )
   )
   (br_if $for5
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (loop $for6
   (v128.store offset=4529952 align=4
    (local.tee $0
     (i32.shl
      (local.get $1)
      (i32.const 2)
     )
    )
    (v128.bitselect
     (v128.load offset=4529952 align=4
      (local.get $0)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=3157360 align=4
         (local.get $0)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (br_if $for6
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (i32.const 102400)
    )
   )
  )
 )
 (func $k29_reduceSum
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for3
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for2
    (local.set $3
     (i32.const 0)
    )
    (loop $for1
     (local.set $4
      (i32.const 0)
     )
     (loop $for0
      (local.set $1
       (f32x4.add
        (local.get $1)
        (v128.load offset=4529952 align=4
         (i32.shl
          (i32.add
           (i32.add
            (i32.add
             (i32.mul
              (local.get $2)
              (i32.const 1600)
             )
             (i32.mul
              (local.get $3)
              (i32.const 160)
             )
            )
            (i32.shl
             (local.get $4)
             (i32.const 4)
            )
           )
           (local.get $0)
          )
          (i32.const 2)
         )
        )
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for1
      (i32.lt_s
       (local.tee $3
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for2
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=447648 align=4
    (i32.shl
     (local.get $0)
     (i32.const 2)
    )
    (local.get $1)
   )
   (br_if $for3
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 4)
      )
     )
     (i32.const 16)
    )
   )
  )
 )
 (func $k31_conv2_conv2dBackpropInput_gemm_plain
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local.set $2
   (i32.const 18)
  )
  (loop $packtp0
   (local.set $3
    (i32.const 16)
   )
   (loop $packtk1
    (f32.store offset=9574208
     (local.get $1)
     (f32.load offset=640
      (local.get $0)
     )
    )
    (f32.store offset=9574212
     (local.get $1)
     (f32.load offset=704
      (local.get $0)
     )
    )
    (f32.store offset=9574216
     (local.get $1)
     (f32.load offset=768
      (local.get $0)
     )
    )
    (f32.store offset=9574220
     (local.get $1)
     (f32.load offset=832
      (local.get $0)
     )
    )
    (f32.store offset=9574224
     (local.get $1)
     (f32.load offset=896
      (local.get $0)
     )
    )
    (f32.store offset=9574228
     (local.get $1)
     (f32.load offset=960
      (local.get $0)
     )
    )
    (f32.store offset=9574232
     (local.get $1)
     (f32.load offset=1024
      (local.get $0)
     )
    )
    (f32.store offset=9574236
     (local.get $1)
     (f32.load offset=1088
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (br_if $packtk1
     (local.tee $3
      (i32.sub
       (local.get $3)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 448)
    )
   )
   (br_if $packtp0
    (local.tee $2
     (i32.sub
      (local.get $2)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $2
   (i32.const 16)
  )
  (loop $packtk2
   (f32.store offset=9574208
    (local.get $1)
    (f32.load offset=640
     (local.get $0)
    )
   )
   (f32.store offset=9574212
    (local.get $1)
    (f32.load offset=704
     (local.get $0)
    )
   )
   (f32.store offset=9574216
    (local.get $1)
    (f32.load offset=768
     (local.get $0)
    )
   )
   (f32.store offset=9574220
    (local.get $1)
    (f32.load offset=832
     (local.get $0)
    )
   )
   (f32.store offset=9574224
    (local.get $1)
    (f32.load offset=896
     (local.get $0)
    )
   )
   (f32.store offset=9574228
    (local.get $1)
    (f32.load offset=960
     (local.get $0)
    )
   )
   (f32.store offset=9574232
    (local.get $1)
    (f32.const 0)
   )
   (f32.store offset=9574236
    (local.get $1)
    (f32.const 0)
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 4)
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 32)
    )
   )
   (br_if $packtk2
    (local.tee $2
     (i32.sub
      (local.get $2)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $15
   (i32.const 18)
  )
  (loop $panel3
   (local.set $3
    (i32.const 0)
   )
   (local.set $17
    (i32.const 1600)
   )
   (loop $rows4
    (local.set $2
     (i32.shl
      (local.get $3)
      (i32.const 6)
     )
    )
    (local.set $6
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $0
       (local.get $1)
      )
      (i32.const 512)
     )
    )
    (loop $k5
     (local.set $6
      (f32x4.add
       (local.get $6)
       (f32x4.mul
        (local.tee $4
         (v128.load32_splat offset=4529952
          (local.get $2)
         )
        )
        (local.tee $14
         (v128.load offset=9574208 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.get $4)
        (local.tee $4
         (v128.load offset=9574224 align=4
          (local.get $0)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4530016
          (local.get $2)
         )
        )
        (local.get $14)
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4530080
          (local.get $2)
         )
        )
        (local.get $14)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=4530144
          (local.get $2)
         )
        )
        (local.get $14)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 4)
      )
     )
     (br_if $k5
      (i32.ne
       (local.get $18)
       (local.tee $0
        (i32.add
         (local.get $0)
         (i32.const 32)
        )
       )
      )
     )
    )
    (v128.store offset=5734208 align=4
     (local.tee $0
      (i32.add
       (i32.mul
        (local.get $3)
        (i32.const 600)
       )
       (i32.shl
        (local.get $16)
        (i32.const 2)
       )
      )
     )
     (local.get $6)
    )
    (v128.store offset=5734224 align=4
     (local.get $0)
     (local.get $7)
    )
    (v128.store offset=5734808 align=4
     (local.get $0)
     (local.get $8)
    )
    (v128.store offset=5734824 align=4
     (local.get $0)
     (local.get $9)
    )
    (v128.store offset=5735408 align=4
     (local.get $0)
     (local.get $10)
    )
    (v128.store offset=5735424 align=4
     (local.get $0)
     (local.get $11)
    )
    (v128.store offset=5736008 align=4
     (local.get $0)
     (local.get $12)
    )
    (v128.store offset=5736024 align=4
     (local.get $0)
     (local.get $13)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 4)
     )
    )
    (br_if $rows4
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $16
    (i32.add
     (local.get $16)
     (i32.const 8)
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 512)
    )
   )
   (br_if $panel3
    (local.tee $15
     (i32.sub
      (local.get $15)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $3
   (i32.const 0)
  )
  (local.set $15
   (i32.const 1600)
  )
  (loop $rows6
   (local.set $2
    (i32.shl
     (local.get $3)
     (i32.const 6)
    )
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $12
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $17
    (i32.add
     (local.tee $0
      (local.get $1)
     )
     (i32.const 512)
    )
   )
   (loop $k7
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (local.tee $4
        (v128.load32_splat offset=4529952
         (local.get $2)
        )
       )
       (local.tee $14
        (v128.load offset=9574208 align=4
         (local.get $0)
        )
       )
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.get $4)
       (local.tee $4
        (v128.load offset=9574224 align=4
         (local.get $0)
        )
       )
      )
     )
    )
    (local.set $8
     (f32x4.add
      (local.get $8)
      (f32x4.mul
       (local.tee $5
        (v128.load32_splat offset=4530016
         (local.get $2)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $9
     (f32x4.add
      (local.get $9)
      (f32x4.mul
       (local.get $5)
       (local.get $4)
      )
     )
    )
    (local.set $10
     (f32x4.add
      (local.get $10)
      (f32x4.mul
       (local.tee $5
        (v128.load32_splat offset=4530080
         (local.get $2)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $5)
       (local.get $4)
      )
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.tee $5
        (v128.load32_splat offset=4530144
         (local.get $2)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $5)
       (local.get $4)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 4)
     )
    )
    (br_if $k7
     (i32.ne
      (local.get $17)
      (local.tee $0
       (i32.add
        (local.get $0)
        (i32.const 32)
       )
      )
     )
    )
   )
   (v128.store offset=5734208 align=4
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $3)
       (i32.const 600)
      )
      (i32.shl
       (local.get $16)
       (i32.const 2)
      )
     )
    )
    (local.get $6)
   )
   (v128.store64_lane offset=5734224 align=4 0
    (local.get $0)
    (local.get $7)
   )
   (v128.store offset=5734808 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store64_lane offset=5734824 align=4 0
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=5735408 align=4
    (local.get $0)
    (local.get $10)
   )
   (v128.store64_lane offset=5735424 align=4 0
    (local.get $0)
    (local.get $11)
   )
   (v128.store offset=5736008 align=4
    (local.get $0)
    (local.get $12)
   )
   (v128.store64_lane offset=5736024 align=4 0
    (local.get $0)
    (local.get $13)
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 4)
    )
   )
   (br_if $rows6
    (local.tee $15
     (i32.sub
      (local.get $15)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k31_conv2_conv2dBackpropInput
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (call $k31_conv2_conv2dBackpropInput_gemm_plain)
  (memory.fill
   (i32.const 3157360)
   (i32.const 0)
   (i32.const 301056)
  )
  (loop $for4
   (local.set $6
    (i32.const 0)
   )
   (loop $for3
    (local.set $2
     (i32.const 0)
    )
    (loop $for2
     (local.set $3
      (i32.const 0)
     )
     (loop $for1
      (if
       (i32.lt_u
        (local.tee $7
         (i32.add
          (local.get $3)
          (local.get $6)
         )
        )
        (i32.const 14)
       )
       (then
        (if
         (i32.le_u
          (local.get $2)
          (i32.const 9)
         )
         (then
          (v128.store offset=3157360 align=4
           (local.tee $0
            (i32.mul
             (i32.add
              (i32.mul
               (i32.add
                (i32.mul
                 (local.get $5)
                 (i32.const 14)
                )
                (local.get $7)
               )
               (i32.const 14)
              )
              (local.get $2)
             )
             (i32.const 24)
            )
           )
           (f32x4.add
            (v128.load offset=3157360 align=4
             (local.get $0)
            )
            (v128.load offset=5734208 align=4
             (local.tee $1
              (i32.mul
               (i32.add
                (i32.mul
                 (local.get $4)
                 (i32.const 5)
                )
                (local.get $3)
               )
               (i32.const 120)
              )
             )
            )
           )
          )
          (v128.store offset=3157376 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157376 align=4
             (local.get $0)
            )
            (v128.load offset=5734224 align=4
             (local.get $1)
            )
           )
          )
          (v128.store offset=3157392 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157392 align=4
             (local.get $0)
            )
            (v128.load offset=5734240 align=4
             (local.get $1)
            )
           )
          )
          (v128.store offset=3157408 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157408 align=4
             (local.get $0)
            )
            (v128.load offset=5734256 align=4
             (local.get $1)
            )
           )
          )
          (v128.store offset=3157424 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157424 align=4
             (local.get $0)
            )
            (v128.load offset=5734272 align=4
             (local.get $1)
            )
           )
          )
          (v128.store offset=3157440 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157440 align=4
             (local.get $0)
            )
            (v128.load offset=5734288 align=4
             (local.get $1)
            )
           )
          )
          (v128.store offset=3157456 align=4
           (local.get $0)
           (f32x4.add
            (v128.load offset=3157456 align=4
             (local.get $0)
            )
            (v128.load offset=5734304 align=4
             (local.get $1)
            )
           )
          )
          (f32.store offset=3157472
           (local.get $0)
           (f32.add
            (f32.load offset=3157472
             (local.get $0)
            )
            (f32.load offset=5734320
             (local.get $1)
            )
           )
          )
          (f32.store offset=3157476
           (local.get $0)
           (f32.add
            (f32.load offset=3157476
             (local.get $0)
            )
            (f32.load offset=5734324
             (local.get $1)
            )
           )
          )
         )
         (else
          (local.set $1
           (i32.const 0)
          )
          (loop $for0
           (if
            (i32.lt_u
             (local.tee $0
              (i32.add
               (local.get $1)
               (local.get $2)
              )
             )
             (i32.const 14)
            )
            (then
             (v128.store offset=3157360 align=4
              (local.tee $0
               (i32.mul
                (i32.add
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (local.get $5)
                    (i32.const 14)
                   )
                   (local.get $7)
                  )
                  (i32.const 14)
                 )
                 (local.get $0)
                )
                (i32.const 24)
               )
              )
              (f32x4.add
               (v128.load offset=3157360 align=4
                (local.get $0)
               )
               (v128.load offset=5734208 align=4
                (local.tee $8
                 (i32.mul
                  (i32.add
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $4)
                      (i32.const 5)
                     )
                     (local.get $3)
                    )
                    (i32.const 5)
                   )
                   (local.get $1)
                  )
                  (i32.const 24)
                 )
                )
               )
              )
             )
             (f32.store offset=3157376
              (local.get $0)
              (f32.add
               (f32.load offset=3157376
                (local.get $0)
               )
               (f32.load offset=5734224
                (local.get $8)
               )
              )
             )
             (f32.store offset=3157380
              (local.get $0)
              (f32.add
               (f32.load offset=3157380
                (local.get $0)
               )
               (f32.load offset=5734228
                (local.get $8)
               )
              )
             )
            )
           )
           (br_if $for0
            (i32.lt_s
             (local.tee $1
              (i32.add
               (local.get $1)
               (i32.const 1)
              )
             )
             (i32.const 5)
            )
           )
          )
         )
        )
       )
      )
      (br_if $for1
       (i32.lt_s
        (local.tee $3
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (i32.const 5)
       )
      )
     )
     (local.set $4
      (i32.add
       (local.get $4)
       (i32.const 1)
      )
     )
     (br_if $for2
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for3
     (i32.lt_s
      (local.tee $6
       (i32.add
        (local.get $6)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for4
    (i32.lt_s
     (local.tee $5
      (i32.add
       (local.get $5)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k32_conv2dBackpropFilter
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (loop $for45
   (local.set $14
    (i32.mul
     (local.get $19)
     (i32.const 30)
    )
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for2
    (local.set $12
     (i32.const 0)
    )
    (loop $for1
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for0
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856304
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856308
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for1
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for2
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (local.get $14)
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 1)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for5
    (local.set $12
     (i32.const 0)
    )
    (loop $for4
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for3
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856312
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856316
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for3
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for4
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for5
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 2)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 3)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for8
    (local.set $12
     (i32.const 0)
    )
    (loop $for7
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for6
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856320
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856324
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for6
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for7
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for8
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 4)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 5)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for11
    (local.set $12
     (i32.const 0)
    )
    (loop $for10
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for9
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856328
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856332
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for9
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for10
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for11
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 6)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 7)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for14
    (local.set $12
     (i32.const 0)
    )
    (loop $for13
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for12
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856336
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856340
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for12
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for13
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for14
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 8)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 9)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for17
    (local.set $12
     (i32.const 0)
    )
    (loop $for16
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for15
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856344
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856348
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for15
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for16
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for17
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 10)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 11)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for20
    (local.set $12
     (i32.const 0)
    )
    (loop $for19
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for18
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856352
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856356
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for18
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for19
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for20
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 12)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 13)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for23
    (local.set $12
     (i32.const 0)
    )
    (loop $for22
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for21
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856360
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856364
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for21
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for22
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for23
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 14)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 15)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for26
    (local.set $12
     (i32.const 0)
    )
    (loop $for25
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for24
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856368
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856372
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for24
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for25
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for26
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 16)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 17)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for29
    (local.set $12
     (i32.const 0)
    )
    (loop $for28
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for27
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856376
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856380
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for27
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for28
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for29
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 18)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 19)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for32
    (local.set $12
     (i32.const 0)
    )
    (loop $for31
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for30
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856384
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856388
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for30
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for31
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for32
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 20)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 21)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for35
    (local.set $12
     (i32.const 0)
    )
    (loop $for34
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for33
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856392
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856396
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for33
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for34
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for35
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 22)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 23)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for38
    (local.set $12
     (i32.const 0)
    )
    (loop $for37
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for36
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856400
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856404
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for36
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for37
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for38
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 24)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 25)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for41
    (local.set $12
     (i32.const 0)
    )
    (loop $for40
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for39
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856408
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856412
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for39
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for40
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for41
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 26)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 27)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $9
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $10
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $0
    (i32.const 0)
   )
   (local.set $11
    (i32.const 0)
   )
   (loop $for44
    (local.set $12
     (i32.const 0)
    )
    (loop $for43
     (local.set $2
      (i32.mul
       (i32.add
        (i32.add
         (i32.mul
          (local.get $11)
          (i32.const 14)
         )
         (local.get $12)
        )
        (local.get $19)
       )
       (i32.const 336)
      )
     )
     (local.set $13
      (i32.const 0)
     )
     (loop $for42
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856416
           (local.get $2)
          )
         )
         (local.tee $15
          (v128.load offset=4529952 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $1)
         (local.tee $16
          (v128.load offset=4529968 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.get $1)
         (local.tee $17
          (v128.load offset=4529984 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $1)
         (local.tee $18
          (v128.load offset=4530000 align=4
           (local.get $0)
          )
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $1
          (v128.load32_splat offset=2856420
           (local.get $2)
          )
         )
         (local.get $15)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $1)
         (local.get $16)
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $1)
         (local.get $17)
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $1)
         (local.get $18)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (local.set $0
       (i32.sub
        (local.get $0)
        (i32.const -64)
       )
      )
      (br_if $for42
       (i32.lt_s
        (local.tee $13
         (i32.add
          (local.get $13)
          (i32.const 1)
         )
        )
        (i32.const 10)
       )
      )
     )
     (br_if $for43
      (i32.lt_s
       (local.tee $12
        (i32.add
         (local.get $12)
         (i32.const 1)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for44
     (i32.lt_s
      (local.tee $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 28)
      )
      (i32.const 6)
     )
    )
    (local.get $3)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $5)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=3458416 align=4
    (local.tee $0
     (i32.shl
      (i32.add
       (local.get $14)
       (i32.const 29)
      )
      (i32.const 6)
     )
    )
    (local.get $7)
   )
   (v128.store offset=3458432 align=4
    (local.get $0)
    (local.get $8)
   )
   (v128.store offset=3458448 align=4
    (local.get $0)
    (local.get $9)
   )
   (v128.store offset=3458464 align=4
    (local.get $0)
    (local.get $10)
   )
   (br_if $for45
    (i32.lt_s
     (local.tee $19
      (i32.add
       (local.get $19)
       (i32.const 1)
      )
     )
     (i32.const 5)
    )
   )
  )
 )
 (func $k33_maxPoolBackprop_compare_where
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 i32)
  (memory.fill
   (i32.const 4529952)
   (i32.const 0)
   (i32.const 1204224)
  )
  (loop $for4
   (local.set $4
    (i32.const 0)
   )
   (loop $for3
    (local.set $5
     (i32.const 0)
    )
    (loop $for2
     (local.set $3
      (i32.mul
       (i32.add
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $2)
           (i32.const 14)
          )
          (local.get $4)
         )
         (i32.const 14)
        )
        (local.get $5)
       )
       (i32.const 6)
      )
     )
     (local.set $6
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $1
      (v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff)
     )
     (local.set $0
      (i32.const 0)
     )
     (loop $for1
      (if
       (i32.lt_u
        (local.tee $11
         (i32.add
          (i32.shl
           (local.get $4)
           (i32.const 1)
          )
          (local.get $0)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $9
         (i32.const 0)
        )
        (loop $for0
         (if
          (i32.lt_u
           (local.tee $7
            (i32.add
             (i32.shl
              (local.get $5)
              (i32.const 1)
             )
             (local.get $9)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $10
            (v128.or
             (f32x4.gt
              (local.tee $8
               (v128.load offset=1652080 align=4
                (i32.shl
                 (local.tee $7
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (i32.add
                      (i32.mul
                       (local.get $2)
                       (i32.const 28)
                      )
                      (local.get $11)
                     )
                     (i32.const 28)
                    )
                    (local.get $7)
                   )
                   (i32.const 6)
                  )
                 )
                 (i32.const 2)
                )
               )
              )
              (local.get $6)
             )
             (v128.and
              (i32x4.lt_s
               (local.get $1)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (f32x4.ne
               (local.get $8)
               (local.get $8)
              )
             )
            )
           )
           (local.set $6
            (v128.bitselect
             (local.get $8)
             (local.get $6)
             (local.get $10)
            )
           )
           (local.set $1
            (v128.bitselect
             (i32x4.add
              (i32x4.splat
               (local.get $7)
              )
              (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
             )
             (local.get $1)
             (local.get $10)
            )
           )
          )
         )
         (br_if $for0
          (i32.lt_s
           (local.tee $9
            (i32.add
             (local.get $9)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for1
       (i32.lt_s
        (local.tee $0
         (i32.add
          (local.get $0)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $0
        (i32x4.extract_lane 0
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $0)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157360
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $0
        (i32x4.extract_lane 1
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $0)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157364
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $0
        (i32x4.extract_lane 2
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $0)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157368
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $0
        (i32x4.extract_lane 3
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $0)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157372
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (br_if $for2
      (i32.lt_s
       (local.tee $5
        (i32.add
         (local.get $5)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for3
     (i32.lt_s
      (local.tee $4
       (i32.add
        (local.get $4)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for4
    (i32.lt_s
     (local.tee $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (local.set $2
   (i32.const 0)
  )
  (loop $for9
   (local.set $4
    (i32.const 0)
   )
   (loop $for8
    (local.set $5
     (i32.const 0)
    )
    (loop $for7
     (local.set $9
      (i32.add
       (i32.mul
        (i32.add
         (i32.mul
          (i32.add
           (i32.mul
            (local.get $2)
            (i32.const 14)
           )
           (local.get $4)
          )
          (i32.const 14)
         )
         (local.get $5)
        )
        (i32.const 6)
       )
       (i32.const 4)
      )
     )
     (local.set $6
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $1
      (v128.const i32x4 0xffffffff 0xffffffff 0xffffffff 0xffffffff)
     )
     (local.set $3
      (i32.const 0)
     )
     (loop $for6
      (if
       (i32.lt_u
        (local.tee $11
         (i32.add
          (i32.shl
           (local.get $4)
           (i32.const 1)
          )
          (local.get $3)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $0
         (i32.const 0)
        )
        (loop $for5
         (if
          (i32.lt_u
           (local.tee $7
            (i32.add
             (i32.shl
              (local.get $5)
              (i32.const 1)
             )
             (local.get $0)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $10
            (v128.or
             (f32x4.gt
              (local.tee $8
               (v128.load offset=1652080 align=4
                (i32.shl
                 (local.tee $7
                  (i32.add
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $2)
                        (i32.const 28)
                       )
                       (local.get $11)
                      )
                      (i32.const 28)
                     )
                     (local.get $7)
                    )
                    (i32.const 6)
                   )
                   (i32.const 4)
                  )
                 )
                 (i32.const 2)
                )
               )
              )
              (local.get $6)
             )
             (v128.and
              (i32x4.lt_s
               (local.get $1)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (f32x4.ne
               (local.get $8)
               (local.get $8)
              )
             )
            )
           )
           (local.set $6
            (v128.bitselect
             (local.get $8)
             (local.get $6)
             (local.get $10)
            )
           )
           (local.set $1
            (v128.bitselect
             (i32x4.add
              (i32x4.splat
               (local.get $7)
              )
              (v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003)
             )
             (local.get $1)
             (local.get $10)
            )
           )
          )
         )
         (br_if $for5
          (i32.lt_s
           (local.tee $0
            (i32.add
             (local.get $0)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for6
       (i32.lt_s
        (local.tee $3
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $3
        (i32x4.extract_lane 0
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157360
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (if
      (i32.ge_s
       (local.tee $3
        (i32x4.extract_lane 1
         (local.get $1)
        )
       )
       (i32.const 0)
      )
      (then
       (f32.store offset=4529952
        (local.tee $0
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
        (f32.add
         (f32.load offset=4529952
          (local.get $0)
         )
         (f32.load offset=3157364
          (i32.shl
           (local.get $9)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
     (br_if $for7
      (i32.lt_s
       (local.tee $5
        (i32.add
         (local.get $5)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for8
     (i32.lt_s
      (local.tee $4
       (i32.add
        (local.get $4)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for9
    (i32.lt_s
     (local.tee $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (local.set $2
   (i32.const 0)
  )
  (loop $for10
   (v128.store offset=4529952 align=4
    (local.tee $0
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
    )
    (v128.bitselect
     (v128.load offset=4529952 align=4
      (local.get $0)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (v128.load offset=447856 align=4
         (local.get $0)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (br_if $for10
    (i32.lt_s
     (local.tee $2
      (i32.add
       (local.get $2)
       (i32.const 4)
      )
     )
     (i32.const 301056)
    )
   )
  )
 )
 (func $k34_reduceSum
  (local $0 i32)
  (local $1 f32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for3
   (local.set $1
    (f32.const 0)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for2
    (local.set $3
     (i32.const 0)
    )
    (loop $for1
     (local.set $4
      (i32.const 0)
     )
     (loop $for0
      (local.set $1
       (f32.add
        (local.get $1)
        (f32.load offset=4529952
         (i32.shl
          (i32.add
           (i32.add
            (i32.add
             (i32.mul
              (local.get $2)
              (i32.const 4704)
             )
             (i32.mul
              (local.get $3)
              (i32.const 168)
             )
            )
            (i32.mul
             (local.get $4)
             (i32.const 6)
            )
           )
           (local.get $0)
          )
          (i32.const 2)
         )
        )
       )
      )
      (br_if $for0
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 28)
       )
      )
     )
     (br_if $for1
      (i32.lt_s
       (local.tee $3
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (i32.const 28)
      )
     )
    )
    (br_if $for2
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (f32.store offset=447712
    (i32.shl
     (local.get $0)
     (i32.const 2)
    )
    (local.get $1)
   )
   (br_if $for3
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 6)
    )
   )
  )
 )
 (func $k36_conv2dBackpropFilter
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (memory.fill
   (i32.const 5734208)
   (i32.const 0)
   (i32.const 262144)
  )
  (loop $for1
   (local.set $0
    (i32.const 0)
   )
   (loop $for0
    (memory.copy
     (i32.add
      (i32.shl
       (i32.add
        (i32.shl
         (local.get $1)
         (i32.const 5)
        )
        (local.get $0)
       )
       (i32.const 7)
      )
      (i32.const 5734472)
     )
     (i32.add
      (i32.mul
       (i32.add
        (i32.mul
         (local.get $1)
         (i32.const 28)
        )
        (local.get $0)
       )
       (i32.const 112)
      )
      (i32.const 246896)
     )
     (i32.const 112)
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $0
       (i32.add
        (local.get $0)
        (i32.const 1)
       )
      )
      (i32.const 28)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (loop $for8
   (local.set $1
    (i32.mul
     (local.get $10)
     (i32.const 5)
    )
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $8
    (i32.const 0)
   )
   (loop $for4
    (local.set $9
     (i32.const 0)
    )
    (loop $for3
     (local.set $0
      (i32.shl
       (i32.add
        (i32.add
         (i32.shl
          (local.get $8)
          (i32.const 5)
         )
         (local.get $9)
        )
        (local.get $10)
       )
       (i32.const 7)
      )
     )
     (local.set $12
      (i32.const 0)
     )
     (loop $for2
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $13
          (v128.load32_splat offset=5734208
           (local.get $0)
          )
         )
         (local.tee $14
          (v128.load offset=4529952 align=4
           (local.get $2)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $13)
         (local.tee $13
          (v128.load offset=4529968 align=4
           (local.get $2)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.tee $15
          (v128.load32_splat offset=5734212
           (local.get $0)
          )
         )
         (local.get $14)
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $15)
         (local.get $13)
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.tee $15
          (v128.load32_splat offset=5734216
           (local.get $0)
          )
         )
         (local.get $14)
        )
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $15)
         (local.get $13)
        )
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 4)
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (i32.const 28)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $9
        (i32.add
         (local.get $9)
         (i32.const 1)
        )
       )
       (i32.const 28)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $8
       (i32.add
        (local.get $8)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=447744 align=4
    (local.tee $0
     (i32.mul
      (local.get $1)
      (i32.const 24)
     )
    )
    (local.get $3)
   )
   (v128.store64_lane offset=447760 align=4 0
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=447744 align=4
    (local.tee $0
     (i32.mul
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
      (i32.const 24)
     )
    )
    (local.get $5)
   )
   (v128.store64_lane offset=447760 align=4 0
    (local.get $0)
    (local.get $6)
   )
   (v128.store offset=447744 align=4
    (local.tee $0
     (i32.mul
      (i32.add
       (local.get $1)
       (i32.const 2)
      )
      (i32.const 24)
     )
    )
    (local.get $7)
   )
   (v128.store64_lane offset=447760 align=4 0
    (local.get $0)
    (local.get $11)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $8
    (i32.const 0)
   )
   (loop $for7
    (local.set $9
     (i32.const 0)
    )
    (loop $for6
     (local.set $0
      (i32.shl
       (i32.add
        (i32.add
         (i32.shl
          (local.get $8)
          (i32.const 5)
         )
         (local.get $9)
        )
        (local.get $10)
       )
       (i32.const 7)
      )
     )
     (local.set $12
      (i32.const 0)
     )
     (loop $for5
      (local.set $3
       (f32x4.add
        (local.get $3)
        (f32x4.mul
         (local.tee $7
          (v128.load32_splat offset=5734220
           (local.get $0)
          )
         )
         (local.tee $11
          (v128.load offset=4529952 align=4
           (local.get $2)
          )
         )
        )
       )
      )
      (local.set $4
       (f32x4.add
        (local.get $4)
        (f32x4.mul
         (local.get $7)
         (local.tee $7
          (v128.load offset=4529968 align=4
           (local.get $2)
          )
         )
        )
       )
      )
      (local.set $5
       (f32x4.add
        (local.get $5)
        (f32x4.mul
         (local.tee $14
          (v128.load32_splat offset=5734224
           (local.get $0)
          )
         )
         (local.get $11)
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $14)
         (local.get $7)
        )
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 4)
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 24)
       )
      )
      (br_if $for5
       (i32.lt_s
        (local.tee $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (i32.const 28)
       )
      )
     )
     (br_if $for6
      (i32.lt_s
       (local.tee $9
        (i32.add
         (local.get $9)
         (i32.const 1)
        )
       )
       (i32.const 28)
      )
     )
    )
    (br_if $for7
     (i32.lt_s
      (local.tee $8
       (i32.add
        (local.get $8)
        (i32.const 1)
       )
      )
      (i32.const 64)
     )
    )
   )
   (v128.store offset=447744 align=4
    (local.tee $0
     (i32.mul
      (i32.add
       (local.get $1)
       (i32.const 3)
      )
      (i32.const 24)
     )
    )
    (local.get $3)
   )
   (v128.store64_lane offset=447760 align=4 0
    (local.get $0)
    (local.get $4)
   )
   (v128.store offset=447744 align=4
    (local.tee $0
     (i32.mul
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
      (i32.const 24)
     )
    )
    (local.get $5)
   )
   (v128.store64_lane offset=447760 align=4 0
    (local.get $0)
    (local.get $6)
   )
   (br_if $for8
    (i32.lt_s
     (local.tee $10
      (i32.add
       (local.get $10)
       (i32.const 1)
      )
     )
     (i32.const 5)
    )
   )
  )
 )
 (func $lenet5
  (call $k0_conv1_conv2d_add_compare_where)
  (call $k1_maxPool)
  (call $k2_conv2_conv2d_add_compare_where)
  (call $k3_maxPool)
  (call $k5_fc1_matmul_add_compare_where_gemm)
  (call $k6_fc2_matmul_add_compare_where_gemm)
  (call $k7_fc3_matmul_add_gemm)
  (call $k8_reduceMax_stopGradient)
  (call $k9_sub_exp_reduceSum)
  (call $k10_sub_exp_div)
  (call $k11_reshape_compare_log_4more)
  (call $k12_reduceSum_div)
  (call $k13_broadcast_reshape_compare_4more)
  (call $k14_broadcast_sub_exp_4more)
  (call $k15_reduceSum)
  (call $k17_matmul_gemm_plain)
  (call $k18_fc3_matmul_compare_where_gemm)
  (call $k19_reduceSum)
  (call $k21_matmul_gemm_plain)
  (call $k22_fc2_matmul_compare_where_gemm)
  (call $k23_reduceSum)
  (call $k25_fc1_matmul_gemm_plain)
  (call $k26_matmul_gemm_plain)
  (call $k28_maxPoolBackprop_compare_where)
  (call $k29_reduceSum)
  (call $k31_conv2_conv2dBackpropInput)
  (call $k32_conv2dBackpropFilter)
  (call $k33_maxPoolBackprop_compare_where)
  (call $k34_reduceSum)
  (call $k36_conv2dBackpropFilter)
 )
)
